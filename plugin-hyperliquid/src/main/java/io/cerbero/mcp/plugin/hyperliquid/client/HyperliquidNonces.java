package io.cerbero.mcp.plugin.hyperliquid.client;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Nonces of one session: the host clock in milliseconds, strictly increasing even when calls race or the clock
 * stands still or steps back (the venue refuses a reused nonce; it keeps the highest 100 per signer).
 */
public final class HyperliquidNonces {
    private final Clock clock;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    public HyperliquidNonces(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** max(now in ms, previous + 1), atomically. */
    public long next() {
        long now = clock.millis();
        return last.updateAndGet(previous -> Math.max(now, previous + 1));
    }
}
