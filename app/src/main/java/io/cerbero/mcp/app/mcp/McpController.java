package io.cerbero.mcp.app.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.app.web.RequestAttributes;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /mcp}: the MCP Streamable HTTP transport with JSON responses (no SSE stream, so {@code GET /mcp}
 * answers 405 like any other wrong method). Each POST carries one JSON-RPC message; the SDK's stateless server
 * answers it. {@code AuthFilter} has already turned the bearer token into the environment.
 *
 * <p>Bot tag: the {@code X-Bot-Tag} header when sent; otherwise the {@code clientInfo.name} of the client's
 * {@code initialize}, carried back by the client in {@code Mcp-Session-Id} ({@link McpBotTags}); otherwise
 * {@value McpBotTags#FALLBACK}.
 */
@Controller
public class McpController {
    private static final Logger LOG = LoggerFactory.getLogger(McpController.class);

    private final MicronautMcpTransport transport;
    private final McpToolCatalog catalog;
    private final ObjectMapper wireJson;
    private final McpBotTags botTags = new McpBotTags();
    private final io.modelcontextprotocol.json.McpJsonMapper mcpMapper;

    McpController(MicronautMcpTransport transport, McpToolCatalog catalog, @Named("mcp") ObjectMapper wireJson) {
        this.transport = transport;
        this.catalog = catalog;
        this.wireJson = wireJson;
        this.mcpMapper = new io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper(wireJson);
    }

    @Post(uri = "/mcp", produces = MediaType.APPLICATION_JSON)
    @Consumes(MediaType.ALL)
    public CompletableFuture<MutableHttpResponse<String>> post(HttpRequest<?> request, @Nullable @Body byte[] body) {
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON)) {
            throw ToolException.invalidInput("Content-Type must be application/json");
        }
        Environment environment = RequestAttributes.environment(request).orElseThrow(
                () -> ToolException.of(ErrorCode.UNAUTHORIZED, "no environment resolved for this call"));
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(mcpMapper,
                    body == null ? "" : new String(body, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            // a 400 whose body is the gateway's envelope: the transport allows any body here (no id to answer)
            throw ToolException.of(ErrorCode.BAD_REQUEST, "the body is not one JSON-RPC 2.0 message")
                    .withFix("POST one JSON-RPC request or notification, e.g. {\"jsonrpc\":\"2.0\",\"id\":1,"
                            + "\"method\":\"tools/list\"}");
        }
        if (message instanceof McpSchema.JSONRPCRequest rpc) {
            return answer(request, rpc, environment);
        }
        if (message instanceof McpSchema.JSONRPCNotification notification) {
            McpTransportContext context = caller(request, environment, Optional.empty()).toContext();
            return transport.handler().handleNotification(context, notification)
                    .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                    .toFuture()
                    .thenApply(done -> HttpResponse.<String>accepted());
        }
        // a response to a server request: this server sends none, so there is nothing to match it with
        return CompletableFuture.completedFuture(HttpResponse.accepted());
    }

    private CompletableFuture<MutableHttpResponse<String>> answer(HttpRequest<?> request, McpSchema.JSONRPCRequest rpc,
                                                                  Environment environment) {
        Optional<String> clientName = McpSchema.METHOD_INITIALIZE.equals(rpc.method())
                ? clientName(rpc) : Optional.empty();
        McpTransportContext context = caller(request, environment, clientName).toContext();
        if (McpSchema.METHOD_TOOLS_CALL.equals(rpc.method())) {
            toolName(rpc).flatMap(catalog::entry).ifPresent(
                    entry -> RequestAttributes.tool(request, entry.plugin().name(), entry.tool().name()));
        }
        Optional<String> sessionId = clientName.flatMap(botTags::sessionIdFor);
        return transport.handler().handleRequest(context, rpc)
                .contextWrite(c -> c.put(McpTransportContext.KEY, context))
                .toFuture()
                .handle((response, failure) -> {
                    if (failure != null) {
                        LOG.error("request {}: MCP {} failed", RequestAttributes.requestId(request), rpc.method(),
                                failure);
                        return jsonRpcError(HttpStatus.INTERNAL_SERVER_ERROR, rpc.id(),
                                McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error; see server log for request "
                                        + RequestAttributes.requestId(request));
                    }
                    MutableHttpResponse<String> ok = HttpResponse.ok(write(response))
                            .contentType(MediaType.APPLICATION_JSON_TYPE);
                    sessionId.ifPresent(id -> ok.header(McpBotTags.SESSION_HEADER, id));
                    return ok;
                });
    }

    /** Header first, then the client's own name (from this initialize, or carried in its session id). */
    private McpCaller caller(HttpRequest<?> request, Environment environment, Optional<String> initializeName) {
        String tag = RequestAttributes.botTag(request)
                .or(() -> initializeName.flatMap(McpBotTags::botTagOf))
                .or(() -> botTags.fromSessionId(request.getHeaders().get(McpBotTags.SESSION_HEADER)))
                .orElse(McpBotTags.FALLBACK);
        RequestAttributes.botTag(request, tag);
        return new McpCaller(RequestAttributes.requestId(request), environment, tag);
    }

    private Optional<String> clientName(McpSchema.JSONRPCRequest rpc) {
        try {
            McpSchema.InitializeRequest init = wireJson.convertValue(rpc.params(), McpSchema.InitializeRequest.class);
            return Optional.ofNullable(init.clientInfo()).map(McpSchema.Implementation::name);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the SDK answers the malformed initialize itself
        }
    }

    private static Optional<String> toolName(McpSchema.JSONRPCRequest rpc) {
        return rpc.params() instanceof Map<?, ?> params && params.get("name") instanceof String name
                ? Optional.of(name) : Optional.empty();
    }

    /** Written by hand: the SDK's response type refuses a null id. */
    private MutableHttpResponse<String> jsonRpcError(HttpStatus status, Object id, int code, String message) {
        ObjectNode response = wireJson.createObjectNode().put("jsonrpc", McpSchema.JSONRPC_VERSION);
        response.set("id", wireJson.valueToTree(id));
        response.putObject("error").put("code", code).put("message", message);
        return HttpResponse.<String>status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(write(response));
    }

    private String write(Object message) {
        try {
            return wireJson.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("MCP message serialisation failed", e);
        }
    }
}
