package io.cerbero.mcp.plugin.alpaca.orders;

import io.cerbero.mcp.core.model.OrderAck;

import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of {@link OrderAck} with Alpaca's extra fields added to venue_specific. */
public final class AlpacaAcks {
    private AlpacaAcks() {
    }

    /** {@code ack} with {@code extra} merged into its venue_specific (the ack's own entries win). */
    public static OrderAck withVenueSpecific(OrderAck ack, Map<String, Object> extra) {
        Map<String, Object> merged = new LinkedHashMap<>(extra);
        if (ack.venueSpecific() != null) {
            merged.putAll(ack.venueSpecific());
        }
        return new OrderAck(ack.status(), ack.dryRun(), ack.symbol(), ack.orderId(), ack.clientOrderId(), ack.side(),
                ack.type(), ack.requestedQty(), ack.qty(), ack.qtyUnit(), ack.requestedPrice(), ack.price(),
                ack.order(), ack.leverage(), ack.request(), merged.isEmpty() ? null : merged);
    }
}
