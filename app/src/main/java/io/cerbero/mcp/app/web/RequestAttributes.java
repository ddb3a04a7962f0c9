package io.cerbero.mcp.app.web;

import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.ToolException;
import io.micronaut.http.HttpRequest;

import java.util.Optional;

/** Names and typed access for what the filters attach to a request. */
public final class RequestAttributes {
    static final String REQUEST_ID = "cerbero.request_id";
    static final String ENVIRONMENT = "cerbero.environment";
    static final String BOT_TAG = "cerbero.bot_tag";
    static final String ERROR = "cerbero.error";

    private RequestAttributes() {
    }

    public static String requestId(HttpRequest<?> request) {
        return request.getAttribute(REQUEST_ID, String.class).orElse("unknown");
    }

    public static Optional<Environment> environment(HttpRequest<?> request) {
        return request.getAttribute(ENVIRONMENT, Environment.class);
    }

    public static Optional<String> botTag(HttpRequest<?> request) {
        return request.getAttribute(BOT_TAG, String.class);
    }

    /** The error the envelope of this request's answer reports (for metrics), if it failed. */
    public static Optional<ToolException> error(HttpRequest<?> request) {
        return request.getAttribute(ERROR, ToolException.class);
    }
}
