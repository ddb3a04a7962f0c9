package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.cache.CacheInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A successful tool call, ready to send.
 *
 * @param body          the tool's object plus {@code request_id} and {@code data_timestamp}
 * @param dataTimestamp the value of {@code data_timestamp}
 * @param cache         how the market-data cache served it; {@code null} for a tool that is not cached
 * @param cacheLimit    the longest the cache may keep this answer, as the tool asked for it (a partial answer);
 *                      {@code null} for the tool's declared freshness
 */
public record InvocationResult(ObjectNode body, Instant dataTimestamp, CacheInfo cache, Duration cacheLimit) {

    public InvocationResult(ObjectNode body, Instant dataTimestamp) {
        this(body, dataTimestamp, null, null);
    }

    public InvocationResult(ObjectNode body, Instant dataTimestamp, CacheInfo cache) {
        this(body, dataTimestamp, cache, null);
    }

    /** The cache's report, empty when the tool is not cached. */
    public Optional<CacheInfo> cacheInfo() {
        return Optional.ofNullable(cache);
    }

    /** The tool's limit on caching this answer, empty for its declared freshness. */
    public Optional<Duration> cacheLimitOptional() {
        return Optional.ofNullable(cacheLimit);
    }

    public InvocationResult withCache(CacheInfo info) {
        return new InvocationResult(body, dataTimestamp, info, cacheLimit);
    }
}
