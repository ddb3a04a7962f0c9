package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.cache.CacheInfo;

import java.time.Instant;
import java.util.Optional;

/**
 * A successful tool call, ready to send.
 *
 * @param body          the tool's object plus {@code request_id} and {@code data_timestamp}
 * @param dataTimestamp the value of {@code data_timestamp}
 * @param cache         how the market-data cache served it; {@code null} for a tool that is not cached
 */
public record InvocationResult(ObjectNode body, Instant dataTimestamp, CacheInfo cache) {

    public InvocationResult(ObjectNode body, Instant dataTimestamp) {
        this(body, dataTimestamp, null);
    }

    /** The cache's report, empty when the tool is not cached. */
    public Optional<CacheInfo> cacheInfo() {
        return Optional.ofNullable(cache);
    }

    public InvocationResult withCache(CacheInfo info) {
        return new InvocationResult(body, dataTimestamp, info);
    }
}
