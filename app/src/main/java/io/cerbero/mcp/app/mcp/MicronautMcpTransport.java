package io.cerbero.mcp.app.mcp;

import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import reactor.core.publisher.Mono;

import java.util.Objects;

/**
 * The SDK's stateless server transport, served by {@link McpController} on Micronaut's Netty server (the SDK's own
 * HTTP transports need a servlet container or WebFlux). The SDK hands over its request handler when the server is
 * built; the controller passes every JSON-RPC message to it.
 */
final class MicronautMcpTransport implements McpStatelessServerTransport {
    private volatile McpStatelessServerHandler handler;

    @Override
    public void setMcpHandler(McpStatelessServerHandler mcpHandler) {
        this.handler = Objects.requireNonNull(mcpHandler, "mcpHandler");
    }

    McpStatelessServerHandler handler() {
        McpStatelessServerHandler current = handler;
        if (current == null) {
            throw new IllegalStateException("MCP server not built yet");
        }
        return current;
    }

    /** Nothing to close: every exchange is one HTTP request that the server itself finishes. */
    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }
}
