package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitOrderRequest;

import java.math.BigDecimal;

/**
 * One batch item as the gateway sends it, beside what the caller asked: the rounding is visible.
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

    static BybitOrderView of(PlannedOrder planned, BybitOrderRequest request) {
        return new BybitOrderView(request.orderLinkId(), request.symbol(), request.category(), planned.side(),
                request.price() == null ? OrderType.market : OrderType.limit, planned.qty().requested(),
                request.qty(), planned.price() == null ? null : planned.price().requested(), request.price(),
                request.timeInForce(), request.reduceOnly());
    }
}
