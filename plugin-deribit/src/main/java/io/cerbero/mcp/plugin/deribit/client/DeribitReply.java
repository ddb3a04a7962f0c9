package io.cerbero.mcp.plugin.deribit.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.time.Instant;

/**
 * One JSON-RPC answer, success or error, before it is typed: the client looks at a 13009 before it becomes an
 * exception, to re-authenticate once.
 */
public final class DeribitReply {
    private final JsonNode result;
    private final DeribitRpcError error;
    private final Instant timestamp;
    private final UpstreamRequest request;
    private final DeribitRpc rpc;

    private DeribitReply(JsonNode result, DeribitRpcError error, Instant timestamp, UpstreamRequest request,
                         DeribitRpc rpc) {
        this.result = result;
        this.error = error;
        this.timestamp = timestamp;
        this.request = request;
        this.rpc = rpc;
    }

    static DeribitReply ok(JsonNode result, Instant timestamp, UpstreamRequest request, DeribitRpc rpc) {
        return new DeribitReply(result, null, timestamp, request, rpc);
    }

    static DeribitReply failed(DeribitRpcError error, Instant timestamp, UpstreamRequest request) {
        return new DeribitReply(null, error, timestamp, request, null);
    }

    public boolean unauthorized() {
        return error != null && error.unauthorized();
    }

    /** The typed result, or the mapped error. */
    public <T> DeribitAnswer<T> require(JavaType type) {
        if (error != null) {
            throw error.toException(request);
        }
        return new DeribitAnswer<>(rpc.convert(result, type, request), timestamp);
    }

    public DeribitRpcError error() {
        return error;
    }
}
