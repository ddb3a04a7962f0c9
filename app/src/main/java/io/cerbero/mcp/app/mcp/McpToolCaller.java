package io.cerbero.mcp.app.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.app.web.ErrorResponses;
import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.invoke.InvocationResult;
import io.cerbero.mcp.core.invoke.ToolInvoker;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Runs an MCP {@code tools/call} through the same {@link ToolInvoker} as {@code POST /mcp-<plugin>/tools/<tool>}:
 * strict input parsing, leverage cap, host-enforced dry run, audit records and error mapping are the REST ones.
 * The answer is the tool's JSON object as structured content and as text; a failure is a result with
 * {@code isError: true} whose structured content is the REST error envelope.
 */
final class McpToolCaller {
    private static final Logger LOG = LoggerFactory.getLogger(McpToolCaller.class);

    private final ToolInvoker invoker;
    private final ErrorResponses errors;
    private final ObjectMapper gatewayJson;
    private final ObjectMapper wireJson;
    private final Clock clock;

    /**
     * @param gatewayJson the gateway's mapper, for the answer's text form
     * @param wireJson    the MCP wire mapper that read the arguments (decimals as BigDecimal), to write them back
     */
    McpToolCaller(ToolInvoker invoker, ErrorResponses errors, ObjectMapper gatewayJson, ObjectMapper wireJson,
                  Clock clock) {
        this.invoker = invoker;
        this.errors = errors;
        this.gatewayJson = gatewayJson;
        this.wireJson = wireJson;
        this.clock = clock;
    }

    McpStatelessServerFeatures.AsyncToolSpecification specification(McpToolCatalog.Entry entry) {
        return new McpStatelessServerFeatures.AsyncToolSpecification(entry.descriptor(),
                (context, request) -> call(entry, context, request));
    }

    private Mono<McpSchema.CallToolResult> call(McpToolCatalog.Entry entry, McpTransportContext context,
                                                McpSchema.CallToolRequest request) {
        McpCaller caller = McpCaller.from(context);
        ToolCall call = new ToolCall(caller.requestId(), caller.environment(), caller.botTag(), clock.instant());
        byte[] body;
        try {
            // the arguments were read with BigDecimal for every decimal, so they are written back digit for digit
            body = wireJson.writeValueAsBytes(request.arguments() == null ? Map.of() : request.arguments());
        } catch (JsonProcessingException e) {
            return Mono.just(failure(call, ToolException.invalidInput("arguments are not a JSON object")));
        }
        return Mono.fromFuture(() -> invoker.invokeAsync(entry.plugin().name(), entry.tool().name(), body, call))
                .map(this::success)
                .onErrorResume(e -> !(e instanceof VirtualMachineError), e -> Mono.just(failure(call, e)));
    }

    private McpSchema.CallToolResult success(InvocationResult result) {
        ObjectNode body = result.body();
        return McpSchema.CallToolResult.builder()
                .structuredContent(body)
                .content(List.of(new McpSchema.TextContent(text(body))))
                .isError(false)
                .build();
    }

    private McpSchema.CallToolResult failure(ToolCall call, Throwable failure) {
        Throwable cause = Completions.unwrap(failure);
        ToolException error;
        if (cause instanceof ToolException known) {
            error = known;
        } else {
            // the invoker maps a tool's own failures; this is a fault of the MCP layer itself
            LOG.error("request {}: MCP tool call failed unexpectedly", call.requestId(), cause);
            error = ToolException.of(ErrorCode.UNHANDLED_EXCEPTION,
                    "internal error; see server log for request " + call.requestId());
        }
        ObjectNode envelope = errors.envelope(call.requestId(), error);
        return McpSchema.CallToolResult.builder()
                .structuredContent(envelope)
                .content(List.of(new McpSchema.TextContent(text(envelope))))
                .isError(true)
                .build();
    }

    private String text(ObjectNode body) {
        try {
            return gatewayJson.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response serialisation failed", e);
        }
    }
}
