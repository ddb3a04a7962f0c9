package io.cerbero.mcp.app.web;

import io.cerbero.mcp.core.spi.Environment;
import io.micronaut.http.HttpRequest;

import java.util.Optional;

/** Names and typed access for what the filters attach to a request. */
public final class RequestAttributes {
    static final String REQUEST_ID = "cerbero.request_id";
    static final String ENVIRONMENT = "cerbero.environment";
    static final String BOT_TAG = "cerbero.bot_tag";
    static final String EXCHANGE = "cerbero.exchange";
    static final String TOOL = "cerbero.tool";

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

    /** The bot tag of a route that finds it elsewhere than in {@code X-Bot-Tag} (the MCP endpoint). */
    public static void botTag(HttpRequest<?> request, String tag) {
        request.setAttribute(BOT_TAG, tag);
    }

    /** Names the tool of a call whose path does not (an MCP {@code tools/call}), for the request log. */
    public static void tool(HttpRequest<?> request, String plugin, String tool) {
        request.setAttribute(EXCHANGE, plugin);
        request.setAttribute(TOOL, tool);
    }

    static Optional<String> exchange(HttpRequest<?> request) {
        return request.getAttribute(EXCHANGE, String.class);
    }

    static Optional<String> tool(HttpRequest<?> request) {
        return request.getAttribute(TOOL, String.class);
    }
}
