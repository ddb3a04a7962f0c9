package io.cerbero.mcp.core.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** Sample records for the store specs. */
public final class AuditRecords {
    private AuditRecords() {
    }

    public static AuditRecord order(String requestId, String actor) {
        return order(requestId, actor, Instant.parse("2026-11-29T10:00:00Z"));
    }

    public static AuditRecord order(String requestId, String actor, Instant time) {
        ObjectNode params = JsonNodeFactory.instance.objectNode()
                .put("symbol", "BTCUSDT").put("side", "buy").put("qty", "0.010").put("dry_run", false);
        return new AuditRecord(null, null, time, requestId, actor, "spec-bot", "bybit", "place_order", "attempt",
                false, "attempt", null, null, null, null, params, null, null);
    }
}
