package io.cerbero.mcp.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Metadata of one tool call, for the handler and for audit records.
 *
 * @param requestId   the id echoed in {@code X-Request-Id}
 * @param environment the caller's environment (from the bearer token)
 * @param botTag      the caller's {@code X-Bot-Tag}
 * @param receivedAt  when the host received the call (host clock)
 */
public record ToolCall(String requestId, Environment environment, String botTag, Instant receivedAt) {
    public ToolCall {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(botTag, "botTag");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
