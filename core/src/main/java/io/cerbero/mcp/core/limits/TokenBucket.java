package io.cerbero.mcp.core.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket of {@code perSecond} tokens a second holding at most one second's worth (the burst), refilled
 * from the host clock. Thread-safe.
 */
final class TokenBucket {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int perSecond;
    private double tokens;
    private Instant last;

    TokenBucket(int perSecond, Instant now) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.last = now;
    }

    /** Takes one token: empty when one was available, else how long until the next one. */
    synchronized Duration take(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond));
    }

    /** Gives back a token taken by a call that another limit then refused. */
    synchronized void giveBack() {
        tokens = Math.min(perSecond, tokens + 1);
    }

    private void refill(Instant now) {
        if (now.isAfter(last)) {
            double added = Duration.between(last, now).toNanos() * (double) perSecond / NANOS_PER_SECOND;
            tokens = Math.min(perSecond, tokens + added);
            last = now;
        }
    }
}
