package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.spi.ToolException;

/**
 * A cancel as the caller asked for it: exactly one of the venue's order id and the client order id.
 *
 * @param symbol        the instrument, where the venue needs it; may be null
 * @param orderId       the venue's order id
 * @param clientOrderId the client order id the order was placed with
 * @param dryRun        return the request instead of sending it
 */
public record CancelIntent(String symbol, String orderId, String clientOrderId, boolean dryRun) {
    public CancelIntent {
        if ((orderId == null) == (clientOrderId == null)) {
            throw ToolException.invalidInput("give exactly one of order_id and client_order_id");
        }
    }
}
