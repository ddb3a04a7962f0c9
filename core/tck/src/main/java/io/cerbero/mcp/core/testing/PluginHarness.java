package io.cerbero.mcp.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.invoke.InvocationResult;
import io.cerbero.mcp.core.invoke.ToolInvoker;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.registry.DiscoveredPlugin;
import io.cerbero.mcp.core.registry.HostServices;
import io.cerbero.mcp.core.registry.PluginContextFactory;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.SessionRegistry;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.ToolCall;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one plugin the way the host does (registry, sessions, invoker, resilient upstream clients over the JDK
 * transport), without Micronaut. Plugin specs call tools through it against WireMock.
 */
public final class PluginHarness implements AutoCloseable {
    /** The clock of every harness: 2025-01-02T10:00:00Z. */
    public static final Instant NOW = Instant.parse("2025-01-02T10:00:00Z");

    private final ObjectMapper json = JsonMappers.create();
    private final RecordingAuditSink audit = new RecordingAuditSink();
    private final JdkHttpTransport transport = new JdkHttpTransport();
    private final SessionRegistry sessions;
    private final ToolInvoker invoker;
    private final PluginRegistry registry;
    private final AtomicLong requestIds = new AtomicLong();
    private final OutputConformance conformance = new OutputConformance(json);
    /** The harness's stand-in for the host's blocking executor: one named thread, so specs can see hand-overs. */
    private final ExecutorService workers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, WORKER_THREAD);
        t.setDaemon(true);
        return t;
    });

    /** The name of the thread that runs the tools {@link #callAsync} hands over. */
    public static final String WORKER_THREAD = "harness-worker";

    public PluginHarness(ExchangePlugin<?> plugin, Map<String, String> config) {
        this(plugin, config, Clock.fixed(NOW, ZoneOffset.UTC), plugin.getClass().getClassLoader());
    }

    public PluginHarness(ExchangePlugin<?> plugin, Map<String, String> config, Clock clock, ClassLoader loader) {
        this.registry = PluginRegistry.of(List.of(new DiscoveredPlugin(plugin, "test", loader)));
        HostServices host = new HostServices(ConfigSource.of(config), clock, json, audit, transport);
        this.sessions = new SessionRegistry(new PluginContextFactory(host));
        this.invoker = new ToolInvoker(registry, sessions, json, audit, clock, workers, host.dryRun());
    }

    /** Calls a tool as a bot would; throws {@link io.cerbero.mcp.core.spi.ToolException} on failure. */
    public InvocationResult call(Environment environment, String plugin, String tool, String jsonBody) {
        ToolCall call = new ToolCall("req-" + requestIds.incrementAndGet(), environment, "spec", NOW);
        return conforming(plugin, tool, invoker.invoke(plugin, tool,
                jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8), call));
    }

    /** Calls a tool as the server does, from an I/O thread that must not block; the future fails with ToolException. */
    public CompletableFuture<InvocationResult> callAsync(Environment environment, String plugin, String tool,
                                                         String jsonBody) {
        ToolCall call = new ToolCall("req-" + requestIds.incrementAndGet(), environment, "spec", NOW);
        return invoker.invokeAsync(plugin, tool, jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8),
                call).thenApply(result -> conforming(plugin, tool, result));
    }

    /** Every answer the harness sees must match the tool's declared output type (a real JSON Schema check). */
    private InvocationResult conforming(String plugin, String tool, InvocationResult result) {
        registry.plugin(plugin).flatMap(p -> p.tool(tool))
                .ifPresent(t -> conformance.require(plugin, t, result.body()));
        return result;
    }

    public PluginRegistry registry() {
        return registry;
    }

    public SessionRegistry sessions() {
        return sessions;
    }

    public RecordingAuditSink audit() {
        return audit;
    }

    public ObjectMapper json() {
        return json;
    }

    @Override
    public void close() {
        sessions.close();
        workers.shutdownNow();
    }
}
