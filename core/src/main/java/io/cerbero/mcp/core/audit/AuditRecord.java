package io.cerbero.mcp.core.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what with which token and what came of it. Written as snake_case JSON.
 *
 * <p>A WRITE call gives an {@code attempt} record before the venue is called and an {@code outcome} record after;
 * order tools add a {@code prepared} record (client order id and the exact request, secrets redacted) just before
 * a real send. The store fills {@code seq}, {@code prev_hash} and {@code hash}: callers leave them null.
 *
 * @param seq           position in the log, from 1, across rotated files (set by the store)
 * @param prevHash      hash of the record before (set by the store); 64 zeros before the first record
 * @param time          host clock time
 * @param requestId     the request id, also in {@code X-Request-Id} and the error envelope
 * @param actor         {@code testnet} or {@code mainnet}: the environment the bearer token chose
 * @param botTag        the caller's {@code X-Bot-Tag}
 * @param exchange      plugin name
 * @param tool          tool name
 * @param phase         {@code attempt}, {@code prepared} or {@code outcome}
 * @param dryRun        true when the call asked for {@code dry_run}
 * @param outcome       {@code attempt}, {@code prepared}, {@code ok}, {@code dry_run}, {@code unknown} (sent but
 *                      the venue's answer was lost), {@code not_placed} (the answer was lost and the venue, asked by
 *                      client order id, knows no such order) or the error code
 * @param errorCode     the error code of a failed call (also when outcome is {@code unknown} or
 *                      {@code not_placed}), else null
 * @param orderId       the venue's order id, when the answer or the error names one
 * @param clientOrderId the client order id, when the request, the answer or the error names one
 * @param durationMs    outcome only: milliseconds from the attempt record to the outcome record
 * @param params        the parameters (or the prepared request), secrets redacted
 * @param result        outcome only: the answer body or the error (code, message, details), secrets redacted
 * @param hash          SHA-256 of this line without its {@code hash} field (set by the store)
 */
public record AuditRecord(Long seq, String prevHash, Instant time, String requestId, String actor, String botTag,
                          String exchange, String tool, String phase, boolean dryRun, String outcome,
                          String errorCode, String orderId, String clientOrderId, Long durationMs, JsonNode params,
                          JsonNode result, String hash) {
    public static final String PHASE_ATTEMPT = "attempt";
    public static final String PHASE_PREPARED = "prepared";
    public static final String PHASE_OUTCOME = "outcome";
    public static final String OUTCOME_UNKNOWN = "unknown";
    public static final String OUTCOME_NOT_PLACED = "not_placed";

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** This record as the store keeps it: with its place in the chain. */
    AuditRecord chained(long seq, String prevHash, String hash) {
        return new AuditRecord(seq, prevHash, time, requestId, actor, botTag, exchange, tool, phase, dryRun, outcome,
                errorCode, orderId, clientOrderId, durationMs, params, result, hash);
    }

    /** This record before the store placed it: the chain fields cleared. */
    AuditRecord unchained() {
        return new AuditRecord(null, null, time, requestId, actor, botTag, exchange, tool, phase, dryRun, outcome,
                errorCode, orderId, clientOrderId, durationMs, params, result, null);
    }
}
