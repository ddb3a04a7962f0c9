package io.cerbero.mcp.core.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tool returns.
 *
 * @param body          serialised as the JSON response object (a record or a map); snake_case property names
 * @param dataTimestamp when the venue produced the data, if it says; the host falls back to the response time
 */
public record ToolResult(Object body, Instant dataTimestamp) {
    public ToolResult {
        Objects.requireNonNull(body, "body");
    }

    public static ToolResult of(Object body) {
        return new ToolResult(body, null);
    }

    public static ToolResult of(Object body, Instant dataTimestamp) {
        return new ToolResult(body, dataTimestamp);
    }

    public Optional<Instant> dataTimestampOptional() {
        return Optional.ofNullable(dataTimestamp);
    }
}
