package io.cerbero.mcp.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.app.openapi.ConfigKeysJson;
import io.cerbero.mcp.core.cache.CacheInfo;
import io.cerbero.mcp.core.invoke.Echo;
import io.cerbero.mcp.core.invoke.InvocationResult;
import io.cerbero.mcp.core.invoke.ToolInvoker;
import io.cerbero.mcp.core.limits.InboundLimiter;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.schema.ToolSchemas;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * The one generic controller of every plugin's tools: {@code POST /mcp-<plugin>/tools/<tool>} runs a tool,
 * {@code GET /mcp-<plugin>/tools} lists them. A call starts on the I/O thread that read it: the invoker runs a
 * non-blocking READ tool right there and hands every other tool to the blocking executor.
 */
@Controller
public class ToolController {
    private final ToolInvoker invoker;
    private final ToolSchemas schemas;
    private final ObjectMapper json;
    private final Clock clock;
    private final InboundLimiter limiter;

    public ToolController(ToolInvoker invoker, ToolSchemas schemas, @Named("gateway") ObjectMapper json, Clock clock,
                          InboundLimiter limiter) {
        this.invoker = invoker;
        this.schemas = schemas;
        this.json = json;
        this.clock = clock;
        this.limiter = limiter;
    }

    @Post(uri = "/mcp-{plugin}/tools/{tool}", produces = MediaType.APPLICATION_JSON)
    @Consumes(MediaType.ALL)
    public CompletableFuture<HttpResponse<String>> call(String plugin, String tool, HttpRequest<?> request,
                                                       @Nullable @Body byte[] body) {
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (body != null && body.length > 0 && contentType != null && !isJson(contentType)) {
            throw ToolException.invalidInput("Content-Type must be application/json, got " + Echo.clip(contentType, 64));
        }
        ToolCall call = new ToolCall(RequestAttributes.requestId(request),
                RequestAttributes.environment(request).orElseThrow(
                        () -> ToolException.of(ErrorCode.UNAUTHORIZED, "no environment resolved for this call")),
                RequestAttributes.botTag(request).orElse("unknown"), clock.instant());
        limiter.admit(call.environment(), call.botTag());
        return invoker.invokeAsync(plugin, tool, body, call, CacheHeaders.wantsFresh(request))
                .thenApply(result -> withCacheHeaders(HttpResponse.ok(write(result.body()))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("X-Data-Timestamp", result.dataTimestamp().toString()), result));
    }

    /** {@code X-Cache} and {@code Age} on the answers of cached tools. */
    private static MutableHttpResponse<String> withCacheHeaders(MutableHttpResponse<String> response,
                                                                InvocationResult result) {
        result.cacheInfo().ifPresent(info -> CacheHeaders.write(response, info));
        return response;
    }

    @Get(uri = "/mcp-{plugin}/tools", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> list(String plugin) {
        RegisteredPlugin registered = invoker.plugin(plugin);
        ObjectNode root = json.createObjectNode();
        root.put("plugin", registered.name());
        root.put("description", registered.plugin().description());
        root.set("config", ConfigKeysJson.of(registered, json));
        ArrayNode tools = root.putArray("tools");
        for (Tool<?, ?> tool : registered.tools()) {
            ObjectNode t = tools.addObject();
            t.put("name", tool.name());
            t.put("description", tool.description());
            t.put("effect", tool.effect().name());
            t.set("input_schema", schemas.resolve(tool.inputType()).toJsonSchema());
            if (tool.outputType() != null) {
                t.set("output_schema", schemas.outputJsonSchema(tool.outputType()));
            }
            t.set("example", json.valueToTree(tool.example()));
        }
        return HttpResponse.ok(write(root)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/json") || type.matches("application/[a-z0-9.+-]*\\+json.*");
    }

    private String write(ObjectNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response serialisation failed", e);
        }
    }

}
