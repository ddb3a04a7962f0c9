package io.cerbero.mcp.app.web;

import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guards the tool and admin routes: a known bearer token picks the environment; tool routes also need a
 * {@code X-Bot-Tag} of 1–64 printable characters; on the MCP endpoint ({@code /mcp}) the header is optional but
 * checked when sent. Public routes (health, docs) never reach this filter.
 */
@ServerFilter({"/mcp-*/**", "/mcp", "/admin/**"})
public class AuthFilter implements Ordered {
    private static final Pattern BOT_TAG = Pattern.compile("[\\x20-\\x7E]{1,64}");
    private static final String BEARER = "Bearer ";

    private final TokenAuthenticator tokens;
    private final ErrorResponses errors;

    public AuthFilter(TokenAuthenticator tokens, ErrorResponses errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    /** Returns the refusal, or {@code null} to let the request through. */
    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> authenticate(HttpRequest<?> request) {
        Optional<Environment> environment = request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class)
                .filter(h -> h.startsWith(BEARER))
                .map(h -> h.substring(BEARER.length()).trim())
                .filter(t -> !t.isEmpty())
                .flatMap(tokens::environmentOf);
        if (environment.isEmpty()) {
            return errors.of(request, ErrorCode.UNAUTHORIZED, "missing or unknown bearer token",
                    "send Authorization: Bearer <TESTNET_TOKEN or MAINNET_TOKEN>")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        request.setAttribute(RequestAttributes.ENVIRONMENT, environment.get());
        boolean mcpEndpoint = request.getPath().equals("/mcp");
        if (request.getPath().startsWith("/mcp-") || mcpEndpoint) {
            String tag = request.getHeaders().get("X-Bot-Tag");
            if (tag == null && mcpEndpoint) {
                return null; // an MCP client may name itself in its initialize instead (McpController)
            }
            if (tag == null || !BOT_TAG.matcher(tag).matches() || tag.isBlank()) {
                return errors.of(request, ErrorCode.BAD_REQUEST,
                        "X-Bot-Tag header is required (1-64 printable characters)",
                        "name the calling bot, e.g. X-Bot-Tag: grid-bot-1");
            }
            request.setAttribute(RequestAttributes.BOT_TAG, tag);
        }
        return null;
    }
}
