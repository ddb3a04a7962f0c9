package io.cerbero.mcp.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How fresh a READ tool's answer must be ({@link Tool#freshness()}). The host caches the answer per (plugin,
 * environment, tool, input) for {@code ttl} and coalesces identical calls while one is in flight; with a
 * {@code maxStale} above zero it serves the last answer (marked {@code stale}) for up to {@code ttl + maxStale}
 * when the venue fails or its budget is exhausted, instead of an error. The operator may override both per tool.
 *
 * @param ttl      how long an answer is served as fresh; zero turns caching off
 * @param maxStale how much longer it may be served when the venue fails; zero never serves stale
 */
public record Freshness(Duration ttl, Duration maxStale) {
    public Freshness {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(maxStale, "maxStale");
        if (ttl.isNegative() || maxStale.isNegative()) {
            throw new IllegalArgumentException("freshness durations must not be negative");
        }
    }

    /** Fresh for {@code ttl}, never served stale. */
    public static Freshness of(Duration ttl) {
        return new Freshness(ttl, Duration.ZERO);
    }

    /** The same freshness, served stale for up to {@code maxStale} more when the venue fails. */
    public Freshness servingStaleFor(Duration maxStale) {
        return new Freshness(ttl, maxStale);
    }

    /** True when answers are cached at all. */
    public boolean caches() {
        return !ttl.isZero();
    }

    /** How long the host keeps an answer: fresh, then stale-servable. */
    public Duration keep() {
        return ttl.plus(maxStale);
    }
}
