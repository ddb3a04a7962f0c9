package io.cerbero.mcp.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Builds the one error envelope of the HTTP contract:
 * {@code {"error":{type,code,message,retryable,suggested_fix,details},"request_id","data_timestamp"}}.
 */
@Singleton
public class ErrorResponses {
    private final ObjectMapper json;
    private final Clock clock;

    public ErrorResponses(@Named("gateway") ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public MutableHttpResponse<String> of(HttpRequest<?> request, ToolException e) {
        return of(request, e, e.code().httpStatus());
    }

    public MutableHttpResponse<String> of(HttpRequest<?> request, ErrorCode code, String message, String fix) {
        ToolException e = ToolException.of(code, message);
        return of(request, fix == null ? e : e.withFix(fix));
    }

    /** With an HTTP status other than the code's own (413 body too large, 405 wrong method). */
    public MutableHttpResponse<String> of(HttpRequest<?> request, ToolException e, int status) {
        ObjectNode root = envelope(RequestAttributes.requestId(request), e);
        MutableHttpResponse<String> response = HttpResponse.<String>status(io.micronaut.http.HttpStatus.valueOf(status))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(write(root));
        e.retryAfter().ifPresent(d -> response.header("Retry-After", String.valueOf(Math.max(1, (d.toMillis() + 999) / 1000))));
        return response;
    }

    /** The envelope as a JSON tree, for answers that are not an HTTP error (an MCP tool result). */
    public ObjectNode envelope(String requestId, ToolException e) {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("type", e.code().type());
        error.put("code", e.code().name());
        error.put("message", e.getMessage());
        error.put("retryable", e.retryable());
        error.put("suggested_fix", e.suggestedFix().orElse(""));
        error.set("details", json.valueToTree(e.details()));
        root.put("request_id", requestId);
        root.put("data_timestamp", clock.instant().toString());
        return root;
    }

    private String write(ObjectNode root) {
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            return "{\"error\":{\"type\":\"internal_error\",\"code\":\"UNHANDLED_EXCEPTION\",\"message\":\"error envelope failed\","
                    + "\"retryable\":false,\"suggested_fix\":\"\",\"details\":{}}}";
        }
    }
}
