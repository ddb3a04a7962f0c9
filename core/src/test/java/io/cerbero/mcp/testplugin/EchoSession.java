package io.cerbero.mcp.testplugin;

import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** The echo venue's session: its context plus the optional key. */
public final class EchoSession implements PluginSession {
    private final PluginContext context;
    private final Secret apiKey;
    private final AtomicBoolean closed = new AtomicBoolean();

    EchoSession(PluginContext context) {
        this.context = context;
        this.apiKey = context.config().secret("API_KEY").orElse(null);
    }

    PluginContext context() {
        return context;
    }

    String apiKeyForTestOnly() {
        return apiKey == null ? "" : apiKey.reveal();
    }

    UpstreamResponse send(UpstreamRequest request) {
        return accepted(context.upstream("rest").send(signed(request)));
    }

    CompletableFuture<UpstreamResponse> sendAsync(UpstreamRequest request) {
        return context.upstream("rest").sendAsync(signed(request)).thenApply(EchoSession::accepted);
    }

    private UpstreamRequest signed(UpstreamRequest request) {
        return apiKey == null ? request : request.withHeader("X-Api-Key", apiKey.reveal());
    }

    private static UpstreamResponse accepted(UpstreamResponse response) {
        if (response.status() == 400 && response.body().contains("unknown symbol")) {
            // the venue's "no such instrument": the host's cache may remember it for a few seconds
            throw ToolException.upstreamRejected("echo venue: unknown symbol").withDetail("reason", "unknown_instrument");
        }
        if (!response.isSuccess()) {
            throw ToolException.upstreamRejected("echo venue refused: HTTP " + response.status());
        }
        return response;
    }

    @Override
    public void probe() {
        send(UpstreamRequest.get("/ping", ""));
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        closed.set(true);
    }

    @Override
    public String toString() {
        return "EchoSession[" + context.environment() + ", apiKey=" + apiKey + "]";
    }
}
