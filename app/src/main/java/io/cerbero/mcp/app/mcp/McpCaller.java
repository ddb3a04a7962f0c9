package io.cerbero.mcp.app.mcp;

import io.cerbero.mcp.core.spi.Environment;
import io.modelcontextprotocol.common.McpTransportContext;

import java.util.Map;
import java.util.Objects;

/**
 * Who sent an MCP request, as the HTTP layer established it: the request id, the environment the bearer token
 * chose, and the bot tag. Carried to the tool handlers in the SDK's {@link McpTransportContext}.
 */
record McpCaller(String requestId, Environment environment, String botTag) {
    private static final String KEY = "cerbero.caller";

    McpCaller {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(botTag, "botTag");
    }

    McpTransportContext toContext() {
        return McpTransportContext.create(Map.of(KEY, this));
    }

    static McpCaller from(McpTransportContext context) {
        if (context.get(KEY) instanceof McpCaller caller) {
            return caller;
        }
        throw new IllegalStateException("MCP request without a caller in its transport context");
    }
}
