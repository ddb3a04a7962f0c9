package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;

import java.math.BigDecimal;

/**
 * An order as the gateway will send it, beside what the caller asked: the rounding is visible.
 *
 * @param clientOrderId  the orderLinkId sent (given or generated)
 * @param requestedQty   qty as received
 * @param qty            qty rounded down to the step
 * @param requestedPrice price as received (limit orders)
 * @param price          price rounded to the tick (buy down, sell up)
 */
public record BybitOrderView(String clientOrderId, String symbol, BybitCategory category, Side side,
                             OrderType type, BigDecimal requestedQty, BigDecimal qty, BigDecimal requestedPrice,
                             BigDecimal price, String timeInForce, boolean reduceOnly) {

    static BybitOrderView of(BybitOrderPlanner.Planned p) {
        var in = p.input();
        var request = p.request();
        return new BybitOrderView(request.orderLinkId(), request.symbol(), request.category(), in.side(), in.type(),
                in.qty(), request.qty(), in.price(), request.price(), request.timeInForce(), request.reduceOnly());
    }
}
