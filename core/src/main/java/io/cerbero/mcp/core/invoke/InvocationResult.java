package io.cerbero.mcp.core.invoke;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * A successful tool call, ready to send.
 *
 * @param body          the tool's object plus {@code request_id} and {@code data_timestamp}
 * @param dataTimestamp the value of {@code data_timestamp}
 */
public record InvocationResult(ObjectNode body, Instant dataTimestamp) {
}
