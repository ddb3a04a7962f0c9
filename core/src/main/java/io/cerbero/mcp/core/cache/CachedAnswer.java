package io.cerbero.mcp.core.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored answer. The body is never handed out as is: each caller gets a copy with its own {@code request_id}.
 *
 * @param body          the answer as the first caller got it
 * @param dataTimestamp the venue's time of the data, unchanged when served from the cache
 * @param storedAt      when the venue answered this gateway (the host clock); the {@code Age} counts from it
 * @param freshFor      how long it is served as fresh: the tool's freshness, or less when the answer asked for
 *                      less (a partial answer)
 * @param keep          how long the store may keep it (fresh, then stale-servable)
 * @param fetchTook     how long the venue call that produced it took (host clock); refresh-ahead starts at least
 *                      this long before the answer stops being fresh
 */
public record CachedAnswer(ObjectNode body, Instant dataTimestamp, Instant storedAt, Duration freshFor,
                           Duration keep, Duration fetchTook) {
    public CachedAnswer {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(dataTimestamp, "dataTimestamp");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(freshFor, "freshFor");
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(fetchTook, "fetchTook");
        if (keep.compareTo(freshFor) < 0) {
            throw new IllegalArgumentException("keep must be at least freshFor");
        }
    }

    public Duration ageAt(Instant now) {
        Duration age = Duration.between(storedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
