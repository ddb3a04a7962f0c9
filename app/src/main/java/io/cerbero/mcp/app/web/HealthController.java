package io.cerbero.mcp.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.app.config.GatewaySettings;
import io.cerbero.mcp.core.registry.SessionKey;
import io.cerbero.mcp.core.registry.SessionRegistry;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.spi.ToolException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import jakarta.inject.Provider;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Liveness ({@code /health}, always 200) and readiness ({@code /health/ready}: every open session probed in
 * parallel with a 2 s budget each; ready when all pass, degraded when some fail, not_ready when all fail).
 * Sessions are looked up lazily so liveness never initialises the upstream HTTP client.
 */
@Controller("/health")
public class HealthController {
    static final long PROBE_TIMEOUT_MS = 2000;

    private final Provider<SessionRegistry> sessions;
    private final ExecutorService executor;
    private final GatewaySettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    public HealthController(Provider<SessionRegistry> sessions, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                            GatewaySettings settings, @Named("gateway") ObjectMapper json, Clock clock) {
        this.sessions = sessions;
        this.executor = executor;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> live() {
        return HttpResponse.ok("{\"status\":\"ok\"}");
    }

    @Get(uri = "/ready", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> ready() {
        Map<SessionKey, CompletableFuture<String>> probes = new LinkedHashMap<>();
        sessions.get().openSessions().forEach((key, session) -> probes.put(key, probe(session)));
        ObjectNode root = json.createObjectNode();
        ArrayNode clients = root.putArray("clients");
        int failed = 0;
        // probes run in parallel, so one deadline gives each the same 2 s budget
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_TIMEOUT_MS);
        for (Map.Entry<SessionKey, CompletableFuture<String>> entry : probes.entrySet()) {
            String outcome = outcome(entry.getValue(), deadline);
            if (!outcome.equals("ok")) {
                failed++;
            }
            ObjectNode client = clients.addObject();
            client.put("plugin", entry.getKey().plugin());
            client.put("environment", entry.getKey().environment().id());
            client.put("status", outcome.equals("ok") ? "ok" : "failing");
            if (!outcome.equals("ok")) {
                client.put("error", outcome);
            }
        }
        String status = failed == 0 ? "ready" : (failed == probes.size() ? "not_ready" : "degraded");
        root.put("status", status);
        root.put("data_timestamp", clock.instant().toString());
        HttpStatus code = settings.readyFailsOnDegraded() && !status.equals("ready") ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK;
        return HttpResponse.<String>status(code).contentType(MediaType.APPLICATION_JSON_TYPE).body(root.toString());
    }

    private CompletableFuture<String> probe(PluginSession session) {
        return CompletableFuture.supplyAsync(() -> {
            session.probe();
            return "ok";
        }, executor);
    }

    private static String outcome(CompletableFuture<String> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return "probe timed out after " + PROBE_TIMEOUT_MS + " ms";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause instanceof ToolException te ? te.code().name() + ": " + te.getMessage() : "probe failed";
        }
    }
}
