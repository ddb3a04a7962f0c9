package io.cerbero.mcp.plugin.deribit.client;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.plugin.deribit.DeribitErrors;

/**
 * A JSON-RPC {@code error} member: {@code {"code":10028,"message":"too_many_requests","data":{"reason":…,"param":…}}}.
 */
public record DeribitRpcError(int code, String message, String reason, String param) {

    /** 13009: the access token is bad or expired (the docs' example says {@code invalid_token}: match the code). */
    public boolean unauthorized() {
        return code == DeribitErrors.UNAUTHORIZED;
    }

    public ToolException toException(UpstreamRequest request) {
        return DeribitErrors.fromRpcError(code, message, reason, param, request);
    }
}
