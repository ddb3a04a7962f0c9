package io.cerbero.mcp.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tool returns.
 *
 * @param body          serialised as the JSON response object (a record or a map); snake_case property names
 * @param dataTimestamp when the venue produced the data, if it says; the host falls back to the response time
 * @param cacheLimit    the longest the host's cache may keep this one answer, when shorter than the tool's
 *                      {@link Tool#freshness()} (e.g. a partial answer); {@code null}: the declared freshness
 */
public record ToolResult(Object body, Instant dataTimestamp, Duration cacheLimit) {
    public ToolResult {
        Objects.requireNonNull(body, "body");
        if (cacheLimit != null && cacheLimit.isNegative()) {
            throw new IllegalArgumentException("cacheLimit must not be negative");
        }
    }

    /** As the SPI had it before {@code cacheLimit}: cached as the tool declares. */
    public ToolResult(Object body, Instant dataTimestamp) {
        this(body, dataTimestamp, null);
    }

    public static ToolResult of(Object body) {
        return new ToolResult(body, null, null);
    }

    public static ToolResult of(Object body, Instant dataTimestamp) {
        return new ToolResult(body, dataTimestamp, null);
    }

    /**
     * This answer, cached for at most {@code limit} (and never served stale beyond it), whatever the tool declares:
     * for an answer worse than usual, such as a fan-out in which a source failed. {@link Duration#ZERO}: never
     * cached. Has no effect on a tool the host does not cache.
     */
    public ToolResult cachedAtMost(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        Duration shorter = cacheLimit == null || limit.compareTo(cacheLimit) < 0 ? limit : cacheLimit;
        return new ToolResult(body, dataTimestamp, shorter);
    }

    public Optional<Instant> dataTimestampOptional() {
        return Optional.ofNullable(dataTimestamp);
    }
}
