package io.cerbero.mcp.core.support;

import java.time.Instant;
import java.util.Objects;

/**
 * A value from a {@link TtlCache} with the host-clock instant its load completed, so a tool can tell the caller how
 * old the answer is ({@code fetched_at}) even when it came from the cache.
 *
 * @param value     the loaded value, never {@code null}
 * @param fetchedAt when the load that produced it completed
 * @param <V>       the value type
 */
public record Cached<V>(V value, Instant fetchedAt) {
    public Cached {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
