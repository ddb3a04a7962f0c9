package io.cerbero.mcp.plugin.bybit.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.trading.ClientOrderIds;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One order in the venue's terms, already rounded and checked. Serialised in a fixed field order with decimals as
 * plain strings, which is how Bybit wants them.
 *
 * @param category    product type
 * @param symbol      venue symbol
 * @param side        {@code Buy} or {@code Sell}
 * @param orderType   {@code Market} or {@code Limit}
 * @param qty         rounded quantity
 * @param price       rounded limit price; null for market orders
 * @param timeInForce {@code GTC}, {@code IOC}, {@code PostOnly}; null to let the venue choose
 * @param orderLinkId client order id (≤ 36 chars)
 * @param reduceOnly  whether the order may only reduce a position
 */
public record BybitOrderRequest(BybitCategory category, String symbol, String side, String orderType, BigDecimal qty,
                                BigDecimal price, String timeInForce, String orderLinkId, boolean reduceOnly) {
    /** orderLinkId: at most 36 of {@code A-Z a-z 0-9 - _}; generated ids {@code cmcp-<ms base36>-<10 random>}. */
    public static final ClientOrderIds ORDER_LINK_IDS = ClientOrderIds.withMaxLength(36);

    /** Bybit's spelling of a side: {@code Buy} / {@code Sell}. */
    public static String venueSide(Side side) {
        return side == Side.buy ? "Buy" : "Sell";
    }

    /** Bybit's spelling of an order type: {@code Market} / {@code Limit}. */
    public static String venueOrderType(OrderType type) {
        return type == OrderType.market ? "Market" : "Limit";
    }

    public BybitOrderRequest {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(qty, "qty");
        Objects.requireNonNull(orderLinkId, "orderLinkId");
    }

    /** Fills {@code node} with the order fields; {@code category} only for a single create (a batch has it once). */
    void writeTo(ObjectNode node, boolean withCategory) {
        if (withCategory) {
            node.put("category", category.name());
        }
        node.put("symbol", symbol);
        node.put("side", side);
        node.put("orderType", orderType);
        node.put("qty", qty.toPlainString());
        if (category == BybitCategory.spot && "Market".equals(orderType)) {
            // a spot market buy's qty is in quote coin unless told otherwise (venue trap): always mean base coin
            node.put("marketUnit", "baseCoin");
        }
        if (price != null) {
            node.put("price", price.toPlainString());
        }
        if (timeInForce != null) {
            node.put("timeInForce", timeInForce);
        }
        node.put("orderLinkId", orderLinkId);
        if (reduceOnly) {
            node.put("reduceOnly", true);
        }
    }
}
