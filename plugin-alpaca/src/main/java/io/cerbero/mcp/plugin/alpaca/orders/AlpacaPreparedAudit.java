package io.cerbero.mcp.plugin.alpaca.orders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.spi.AuditEvent;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.trading.DryRunRequest;

/**
 * The PREPARED audit record of a write that does not go through core's order pipeline (amend, close, cancel all),
 * written just before the send exactly as the pipeline writes its own: the request with keys redacted and the
 * client order id when there is one, so the write can be reconciled whatever happens next.
 */
public final class AlpacaPreparedAudit {
    private AlpacaPreparedAudit() {
    }

    public static void record(PluginContext context, ToolCall call, String tool, String clientOrderId,
                              DryRunRequest shown) {
        ObjectNode detail = context.json().createObjectNode();
        if (clientOrderId != null) {
            detail.put(ErrorDetails.CLIENT_ORDER_ID, clientOrderId);
        }
        detail.set("request", context.json().valueToTree(shown));
        context.audit().record(new AuditEvent(context.clock().instant(), call.requestId(), context.pluginName(), tool,
                call.environment(), call.botTag(), AuditEvent.Phase.PREPARED, "prepared", detail, null));
    }
}
