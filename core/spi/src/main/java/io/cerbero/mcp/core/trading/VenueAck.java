package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.model.Order;

import java.util.Map;

/**
 * What the venue said when it accepted a write.
 *
 * @param orderId       the venue's order id
 * @param clientOrderId the client order id the venue echoed (or the one sent)
 * @param order         the order as acknowledged, when the venue returns more than ids; may be null
 * @param venueSpecific extra fields worth showing the caller; may be null
 */
public record VenueAck(String orderId, String clientOrderId, Order order, Map<String, Object> venueSpecific) {
    public static VenueAck of(String orderId, String clientOrderId) {
        return new VenueAck(orderId, clientOrderId, null, null);
    }
}
