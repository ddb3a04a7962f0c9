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
 * @param keep          how long the store may keep it (freshness plus maximum staleness)
 */
public record CachedAnswer(ObjectNode body, Instant dataTimestamp, Instant storedAt, Duration keep) {
    public CachedAnswer {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(dataTimestamp, "dataTimestamp");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(keep, "keep");
    }

    public Duration ageAt(Instant now) {
        Duration age = Duration.between(storedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
