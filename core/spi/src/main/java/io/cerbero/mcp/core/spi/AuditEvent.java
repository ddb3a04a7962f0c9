package io.cerbero.mcp.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * One audit record of a WRITE tool call. The host writes one {@link Phase#ATTEMPT} before the handler runs and one
 * {@link Phase#OUTCOME} after it, with the same request id; plugins may add their own. Never contains a secret.
 *
 * @param time        host clock time
 * @param requestId   request id of the call
 * @param plugin      plugin name
 * @param tool        tool name
 * @param environment testnet or mainnet
 * @param botTag      caller's X-Bot-Tag
 * @param phase       attempt or outcome
 * @param outcome     {@code attempt}, {@code ok}, {@code dry_run} or the error code
 * @param input       the parsed input as JSON
 * @param result      the result body or error envelope (outcome only), else null
 */
public record AuditEvent(Instant time, String requestId, String plugin, String tool, Environment environment,
                         String botTag, Phase phase, String outcome, JsonNode input, JsonNode result) {
    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Before or after the venue call. */
    public enum Phase {
        /** Before the handler runs. */
        ATTEMPT,
        /** Written by core's order pipeline just before a write is sent: the client order id and the exact
         *  request (secrets redacted), so an order can be reconciled whatever happens next. */
        PREPARED,
        /** After the handler returned or failed. */
        OUTCOME
    }
}
