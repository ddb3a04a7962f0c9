package io.cerbero.mcp.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.AuditEvent;
import io.cerbero.mcp.core.spi.AuditSink;
import io.cerbero.mcp.core.spi.ErrorDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's audit sink: turns the invoker's and the order pipeline's {@link AuditEvent}s into
 * {@link AuditRecord}s (order ids picked out, secrets redacted, the outcome's duration measured from its attempt)
 * and appends them to the {@link AuditStore}. A record that cannot be stored is logged and counted through the
 * {@link FailureListener}; the sink never throws.
 */
public final class StoreAuditSink implements AuditSink {
    private static final Logger LOG = LoggerFactory.getLogger(StoreAuditSink.class);
    /** Attempts without an outcome (a crashed handler thread) are forgotten past this many. */
    static final int MAX_PENDING = 10_000;

    private final AuditStore store;
    private final SecretRedactor redactor;
    private final FailureListener failures;
    private final Map<String, Instant> attempts = new ConcurrentHashMap<>();

    /** Told of every record that could not be stored (the host counts them in a metric). */
    @FunctionalInterface
    public interface FailureListener {
        void failed(AuditRecord record, RuntimeException cause);
    }

    public StoreAuditSink(AuditStore store, SecretRedactor redactor, FailureListener failures) {
        this.store = Objects.requireNonNull(store, "store");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void record(AuditEvent event) {
        AuditRecord record;
        try {
            record = toRecord(event);
        } catch (RuntimeException e) {
            LOG.error("audit event for request {} could not be converted: {}", event.requestId(),
                    e.getClass().getName());
            return;
        }
        try {
            store.append(record);
        } catch (RuntimeException e) {
            LOG.error("AUDIT RECORD LOST for request {} ({} {}/{}): {}", record.requestId(), record.phase(),
                    record.exchange(), record.tool(), redactor.scrub(String.valueOf(e.getMessage())));
            failures.failed(record, e);
        }
    }

    AuditRecord toRecord(AuditEvent event) {
        String phase = event.phase().name().toLowerCase(Locale.ROOT);
        JsonNode params = redactor.redact(event.input());
        JsonNode result = redactor.redact(event.result());
        boolean dryRun = params != null && params.path("dry_run").asBoolean(false)
                || "dry_run".equals(event.outcome());
        String outcome = event.outcome();
        String errorCode = null;
        Long durationMs = null;
        String key = event.requestId() + '\u0000' + event.plugin() + '\u0000' + event.tool();
        switch (event.phase()) {
            case ATTEMPT -> {
                if (attempts.size() >= MAX_PENDING) {
                    attempts.clear();
                }
                attempts.put(key, event.time());
            }
            case OUTCOME -> {
                Instant started = attempts.remove(key);
                durationMs = started == null ? null : Math.max(0, Duration.between(started, event.time()).toMillis());
                if (!outcome.equals("ok") && !outcome.equals("dry_run")) {
                    errorCode = outcome;
                    String said = text(result, "details", ErrorDetails.OUTCOME);
                    if (ErrorDetails.OUTCOME_UNKNOWN.equals(said)) {
                        outcome = AuditRecord.OUTCOME_UNKNOWN;
                    } else if (ErrorDetails.OUTCOME_NOT_PLACED.equals(said)) {
                        outcome = AuditRecord.OUTCOME_NOT_PLACED;
                    }
                }
            }
            default -> {
            }
        }
        String orderId = first(text(result, "order_id"), text(result, "details", "order_id"));
        String clientOrderId = first(text(result, ErrorDetails.CLIENT_ORDER_ID),
                text(result, "details", ErrorDetails.CLIENT_ORDER_ID), text(params, ErrorDetails.CLIENT_ORDER_ID));
        return new AuditRecord(null, null, event.time(), event.requestId(), event.environment().id(),
                redactor.scrub(event.botTag()), event.plugin(), event.tool(), phase, dryRun, outcome, errorCode, orderId,
                clientOrderId, durationMs, params, result, null);
    }

    private static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            if (at == null) {
                return null;
            }
            at = at.get(name);
        }
        return at == null || at.isNull() || at.isContainerNode() ? null : at.asText();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
