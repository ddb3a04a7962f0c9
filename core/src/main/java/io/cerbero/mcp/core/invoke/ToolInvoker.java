package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.cache.CacheKey;
import io.cerbero.mcp.core.cache.FreshnessPolicy;
import io.cerbero.mcp.core.cache.ResponseCache;
import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.registry.SessionRegistry;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.AuditEvent;
import io.cerbero.mcp.core.spi.AuditSink;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Runs one tool call: find the tool, parse the input, audit a WRITE, open or reuse the session, run the handler
 * under the plugin's class loader, and add {@code request_id} / {@code data_timestamp} to the result.
 *
 * <p>Every failure leaves as a {@link ToolException}; an unexpected exception becomes UNHANDLED_EXCEPTION with a
 * generic message (the stack trace goes to the server log only).
 */
public final class ToolInvoker {
    private static final Logger LOG = LoggerFactory.getLogger(ToolInvoker.class);

    private final PluginRegistry registry;
    private final SessionRegistry sessions;
    private final ObjectMapper json;
    private final AuditSink audit;
    private final Clock clock;
    private final InputParser parser;
    private final Executor workers;
    private final DryRunGuard dryRun;
    private final FreshnessPolicy freshness;
    private final ResponseCache cache;

    /** With a dry-run guard of its own, connected to no upstream client: for hosts without upstreams. */
    public ToolInvoker(PluginRegistry registry, SessionRegistry sessions, ObjectMapper json, AuditSink audit,
                       Clock clock, Executor workers) {
        this(registry, sessions, json, audit, clock, workers, new DryRunGuard());
    }

    /**
     * @param workers where blocking tools run when called through {@link #invokeAsync}: the host's thread pool
     *                for blocking work
     * @param dryRun  the guard the upstream clients check ({@code HostServices.dryRun()})
     */
    public ToolInvoker(PluginRegistry registry, SessionRegistry sessions, ObjectMapper json, AuditSink audit,
                       Clock clock, Executor workers, DryRunGuard dryRun) {
        this.dryRun = Objects.requireNonNull(dryRun, "dryRun");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.json = Objects.requireNonNull(json, "json");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parser = new InputParser(json);
        this.workers = Objects.requireNonNull(workers, "workers");
        this.freshness = FreshnessPolicy.declared();
        this.cache = null;
    }

    private ToolInvoker(ToolInvoker base, FreshnessPolicy freshness, ResponseCache cache) {
        this.registry = base.registry;
        this.sessions = base.sessions;
        this.json = base.json;
        this.audit = base.audit;
        this.clock = base.clock;
        this.parser = base.parser;
        this.workers = base.workers;
        this.dryRun = base.dryRun;
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * This invoker with the market-data cache: READ tools with a freshness ({@link FreshnessPolicy}) are answered
     * through {@code cache}, identical calls coalesced. Without it nothing is cached.
     */
    public ToolInvoker caching(FreshnessPolicy freshness, ResponseCache cache) {
        return new ToolInvoker(this, freshness, cache);
    }

    /** Finds a tool of a plugin or answers NOT_FOUND. */
    private static Tool<?, ?> tool(RegisteredPlugin plugin, String toolName) {
        return plugin.tool(toolName).orElseThrow(() -> ToolException.of(ErrorCode.NOT_FOUND,
                "plugin '" + plugin.name() + "' has no tool '" + Echo.clip(toolName, 64) + "'"
                        + didYouMean(toolName, plugin.tools().stream().map(Tool::name).toList()))
                .withFix("GET /mcp-" + plugin.name() + "/tools lists the tools"));
    }

    /** Finds a plugin or answers NOT_FOUND. */
    public RegisteredPlugin plugin(String pluginName) {
        return registry.plugin(pluginName).orElseThrow(() -> ToolException.of(ErrorCode.NOT_FOUND,
                "no plugin named '" + Echo.clip(pluginName, 64) + "'"
                        + didYouMean(pluginName, registry.plugins().stream().map(RegisteredPlugin::name).toList()))
                .withFix("GET /openapi.json lists the plugins"));
    }

    /** {@code "; did you mean 'get_ticker'?"} for a likely typo, else nothing. */
    private static String didYouMean(String given, java.util.List<String> known) {
        return ClosestName.among(given, known).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /**
     * Runs a call without blocking the caller, which may be a server I/O thread. A READ {@link AsyncTool} whose
     * session is already open runs right here; every other call (WRITE tools with their audit records, blocking
     * tools, a session still to be opened) runs {@link #invoke} on a worker thread. The future fails with a
     * {@link ToolException} (possibly wrapped in a {@link java.util.concurrent.CompletionException}).
     */
    public CompletableFuture<InvocationResult> invokeAsync(String pluginName, String toolName, byte[] body,
                                                           ToolCall call) {
        return invokeAsync(pluginName, toolName, body, call, false);
    }

    /**
     * As {@link #invokeAsync(String, String, byte[], ToolCall)}; {@code fresh} (the caller sent
     * {@code Cache-Control: no-cache}) skips stored answers of a cached tool, still sharing an identical call in
     * flight.
     */
    public CompletableFuture<InvocationResult> invokeAsync(String pluginName, String toolName, byte[] body,
                                                           ToolCall call, boolean fresh) {
        RegisteredPlugin plugin;
        Tool<?, ?> tool;
        try {
            plugin = plugin(pluginName);
            tool = tool(plugin, toolName);
            Optional<Freshness> cached = cacheable(plugin, tool);
            if (cached.isPresent()) {
                Object input = parser.parse(body, tool.inputType());
                Optional<CacheKey> key = keyOf(plugin, tool, input, call);
                if (key.isPresent()) {
                    return cache.answer(key.get(), cached.get(), fresh, call.requestId(),
                            () -> start(plugin, tool, input, call));
                }
            }
            if (tool instanceof AsyncTool<?, ?> async && tool.effect() == Effect.READ) {
                Optional<PluginSession> session = sessions.openSession(plugin, call.environment());
                if (session.isPresent()) {
                    return runAsync(plugin, async, session.get(), parser.parse(body, tool.inputType()), call);
                }
            }
        } catch (ToolException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.supplyAsync(() -> invoke(plugin, tool, body, call), workers);
    }

    /** Runs a call on the caller's thread, blocking until the tool is done. */
    public InvocationResult invoke(String pluginName, String toolName, byte[] body, ToolCall call) {
        return invoke(pluginName, toolName, body, call, false);
    }

    /** As {@link #invoke(String, String, byte[], ToolCall)}; {@code fresh} skips stored answers of a cached tool. */
    public InvocationResult invoke(String pluginName, String toolName, byte[] body, ToolCall call, boolean fresh) {
        RegisteredPlugin plugin = plugin(pluginName);
        Tool<?, ?> tool = tool(plugin, toolName);
        Optional<Freshness> cached = cacheable(plugin, tool);
        if (cached.isPresent()) {
            Object input = parser.parse(body, tool.inputType());
            Optional<CacheKey> key = keyOf(plugin, tool, input, call);
            if (key.isPresent()) {
                return await(cache.answer(key.get(), cached.get(), fresh, call.requestId(), () -> {
                    try {
                        return CompletableFuture.completedFuture(run(plugin, tool, input, call));
                    } catch (RuntimeException e) {
                        return CompletableFuture.failedFuture(e);
                    }
                }, () -> start(plugin, tool, input, call)));
            }
        }
        return invoke(plugin, tool, body, call);
    }

    /** The freshness of a tool when this invoker caches it (never a WRITE tool). */
    private Optional<Freshness> cacheable(RegisteredPlugin plugin, Tool<?, ?> tool) {
        return cache == null ? Optional.empty() : freshness.of(plugin.name(), tool);
    }

    /** The entry of a call: the parsed input re-serialised by the host's mapper, so equal inputs share it. */
    private Optional<CacheKey> keyOf(RegisteredPlugin plugin, Tool<?, ?> tool, Object input, ToolCall call) {
        try {
            return Optional.of(new CacheKey(plugin.name(), call.environment(), tool.name(),
                    json.writeValueAsString(input)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.warn("{}/{}: input not serialisable, answered without the cache", plugin.name(), tool.name());
            return Optional.empty();
        }
    }

    /** A READ call's venue work without blocking: on this thread for an open async tool, else on a worker. */
    private CompletableFuture<InvocationResult> start(RegisteredPlugin plugin, Tool<?, ?> tool, Object input,
                                                      ToolCall call) {
        if (tool instanceof AsyncTool<?, ?> async) {
            Optional<PluginSession> session = sessions.openSession(plugin, call.environment());
            if (session.isPresent()) {
                return runAsync(plugin, async, session.get(), input, call);
            }
        }
        return CompletableFuture.supplyAsync(() -> run(plugin, tool, input, call), workers);
    }

    private static InvocationResult await(CompletableFuture<InvocationResult> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            Throwable cause = Completions.unwrap(e);
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private InvocationResult invoke(RegisteredPlugin plugin, Tool<?, ?> tool, byte[] body, ToolCall call) {
        boolean write = tool.effect() == Effect.WRITE;
        Object input;
        try {
            input = parser.parse(body, tool.inputType());
        } catch (ToolException e) {
            if (write) {
                // a refused write attempt is still a write attempt: keep it in the audit trail (without the body)
                audit.record(event(call, plugin, tool, AuditEvent.Phase.ATTEMPT, "attempt", null, null));
                audit.record(event(call, plugin, tool, AuditEvent.Phase.OUTCOME, e.code().name(), null, error(e)));
            }
            throw e;
        }
        JsonNode inputTree = write ? json.valueToTree(input) : null;
        if (write) {
            audit.record(event(call, plugin, tool, AuditEvent.Phase.ATTEMPT, "attempt", inputTree, null));
        }
        try {
            InvocationResult result = write && dryRun.isDryRun(input)
                    ? dryRun.during(() -> run(plugin, tool, input, call))
                    : run(plugin, tool, input, call);
            if (write) {
                String outcome = inputTree.path("dry_run").asBoolean(false) ? "dry_run" : "ok";
                audit.record(event(call, plugin, tool, AuditEvent.Phase.OUTCOME, outcome, inputTree, result.body()));
            }
            return result;
        } catch (ToolException e) {
            if (write) {
                audit.record(event(call, plugin, tool, AuditEvent.Phase.OUTCOME, e.code().name(), inputTree,
                        error(e)));
            }
            throw e;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private InvocationResult run(RegisteredPlugin plugin, Tool<?, ?> tool, Object input, ToolCall call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            PluginSession session = sessions.session(plugin, call.environment());
            thread.setContextClassLoader(plugin.classLoader());
            // the bot tag travels with the thread to the upstream clients (fair share of the venue budget)
            ToolResult result = dryRun.caller().during(call.botTag(), () -> ((Tool) tool).handle(session, input, call));
            if (result == null) {
                throw new IllegalStateException("tool returned null");
            }
            return complete(result, call);
        } catch (RuntimeException | LinkageError e) {
            throw asToolException(e, plugin, tool, call);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private CompletableFuture<InvocationResult> runAsync(RegisteredPlugin plugin, AsyncTool<?, ?> tool,
                                                         PluginSession session, Object input, ToolCall call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        CompletableFuture<ToolResult> started;
        try {
            thread.setContextClassLoader(plugin.classLoader());
            started = Objects.requireNonNull(dryRun.caller().during(call.botTag(),
                    () -> ((AsyncTool) tool).handleAsync(session, input, call)),
                    "tool returned a null stage").toCompletableFuture();
        } catch (RuntimeException | LinkageError e) {
            started = CompletableFuture.failedFuture(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        CompletableFuture<InvocationResult> done = new CompletableFuture<>();
        started.whenComplete((result, failure) -> {
            try {
                if (failure != null) {
                    throw Completions.unwrap(failure);
                }
                if (result == null) {
                    throw new IllegalStateException("tool returned null");
                }
                done.complete(complete(result, call));
            } catch (Throwable e) {
                // out of memory and friends pass through untouched, as they do on the blocking path
                done.completeExceptionally(e instanceof VirtualMachineError ? e : asToolException(e, plugin, tool, call));
            }
        });
        return done;
    }

    /** A tool's failure as the client sees it: its own ToolException, or a generic error with the stack logged. */
    private static ToolException asToolException(Throwable e, RegisteredPlugin plugin, Tool<?, ?> tool, ToolCall call) {
        if (e instanceof ToolException known) {
            return known;
        }
        if (isAnalyticsInputError(e)) {
            return ToolException.invalidInput(e.getMessage());
        }
        LOG.error("request {}: {}/{} failed unexpectedly", call.requestId(), plugin.name(), tool.name(), e);
        return ToolException.of(ErrorCode.UNHANDLED_EXCEPTION,
                "internal error in " + plugin.name() + "/" + tool.name() + "; see server log for request "
                        + call.requestId());
    }

    private InvocationResult complete(ToolResult result, ToolCall call) {
        JsonNode tree = json.valueToTree(result.body());
        if (!(tree instanceof ObjectNode body)) {
            throw new IllegalStateException("tool result is not a JSON object");
        }
        if (!body.hasNonNull("request_id")) {
            body.put("request_id", call.requestId());
        }
        Instant dataTime = result.dataTimestampOptional().orElseGet(clock::instant);
        if (!body.hasNonNull("data_timestamp")) {
            body.put("data_timestamp", dataTime.toString());
        }
        return new InvocationResult(body, dataTime, null, result.cacheLimit());
    }

    /** Analytics functions reject bad series with their own IllegalArgumentException subtype. */
    private static boolean isAnalyticsInputError(Throwable e) {
        return e instanceof IllegalArgumentException
                && e.getClass().getName().startsWith("io.cerbero.mcp.core.analytics.");
    }

    /** The failure as the audit keeps it: the details carry the client order id and an unknown outcome. */
    private ObjectNode error(ToolException e) {
        ObjectNode error = json.createObjectNode().put("code", e.code().name()).put("message", e.getMessage());
        error.set("details", json.valueToTree(e.details()));
        return error;
    }

    private AuditEvent event(ToolCall call, RegisteredPlugin plugin, Tool<?, ?> tool, AuditEvent.Phase phase,
                             String outcome, JsonNode input, JsonNode result) {
        return new AuditEvent(clock.instant(), call.requestId(), plugin.name(), tool.name(), call.environment(),
                call.botTag(), phase, outcome, input, result);
    }

}
