package io.cerbero.mcp.plugin.bybit.unified;

import io.cerbero.mcp.core.model.Order;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.model.OrderStatus;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;

import java.math.BigDecimal;

/**
 * Bybit orders ({@code /v5/order/realtime} rows) in the unified {@link Order} shape. Placeholders become null:
 * {@code avgPrice "0"} before a fill, {@code triggerPrice "0.00"} without a trigger, {@code takeProfit} /
 * {@code stopLoss} {@code "0.00"} or {@code ""} when none is set, {@code orderLinkId ""} for orders placed without one.
 */
public final class BybitOrders {
    private BybitOrders() {
    }

    public static Order toUnified(BybitCategory category, BybitAccountData.Order o) {
        BigDecimal trigger = Unset.zeroAsNull(o.triggerPrice());
        OrderKind kind = kind(o.orderType(), o.stopOrderType(), trigger);
        boolean market = kind == OrderKind.market || kind == OrderKind.stop_market
                || kind == OrderKind.take_profit_market || kind == OrderKind.trailing_stop;
        return new Order(Unset.blankAsNull(o.orderId()), Unset.blankAsNull(o.orderLinkId()), o.symbol(),
                side(o.side()), kind, market ? null : Unset.zeroAsNull(o.price()), trigger, o.qty(), o.cumExecQty(),
                Unset.zeroAsNull(o.avgPrice()), BybitUnits.sizeUnit(category), status(o.orderStatus()),
                Unset.blankAsNull(o.timeInForce()), Boolean.TRUE.equals(o.reduceOnly()),
                "PostOnly".equals(o.timeInForce()), Unset.epochMillis(o.createdTime()),
                Unset.epochMillis(o.updatedTime()),
                VenueFields.of().put("category", category).put("order_status", o.orderStatus())
                        .put("leaves_qty", o.leavesQty())
                        .put("stop_order_type", plainOrderType(o.stopOrderType()) ? null : o.stopOrderType())
                        .put("take_profit", Unset.zeroAsNull(o.takeProfit()))
                        .put("stop_loss", Unset.zeroAsNull(o.stopLoss()))
                        .put("position_idx", o.positionIdx())
                        .put("reject_reason", "EC_NoError".equals(o.rejectReason()) ? null : o.rejectReason())
                        .build());
    }

    /** {@code Buy} / {@code Sell}. */
    public static Side side(String venueSide) {
        if ("Buy".equals(venueSide)) {
            return Side.buy;
        }
        if ("Sell".equals(venueSide)) {
            return Side.sell;
        }
        throw ToolException.upstreamError("Bybit sent an order side that is neither Buy nor Sell: " + venueSide);
    }

    /**
     * Bybit's states: New, PartiallyFilled, Untriggered (a conditional order waiting: open), Triggered, Filled,
     * Cancelled, PartiallyFilledCanceled, Deactivated (a conditional order cancelled before triggering), Rejected.
     */
    public static OrderStatus status(String venueStatus) {
        if (venueStatus == null) {
            return OrderStatus.open;
        }
        return switch (venueStatus) {
            case "PartiallyFilled" -> OrderStatus.partially_filled;
            case "Filled" -> OrderStatus.filled;
            case "Triggered" -> OrderStatus.triggered;
            case "Cancelled", "PartiallyFilledCanceled", "Deactivated" -> OrderStatus.canceled;
            case "Rejected" -> OrderStatus.rejected;
            default -> OrderStatus.open; // New, Untriggered, Created, Active
        };
    }

    static OrderKind kind(String orderType, String stopOrderType, BigDecimal trigger) {
        boolean limit = "Limit".equals(orderType);
        if ("TrailingStop".equals(stopOrderType)) {
            return OrderKind.trailing_stop;
        }
        if (plainOrderType(stopOrderType) && trigger == null) {
            return limit ? OrderKind.limit : OrderKind.market;
        }
        boolean takeProfit = stopOrderType != null && stopOrderType.contains("TakeProfit");
        if (takeProfit) {
            return limit ? OrderKind.take_profit_limit : OrderKind.take_profit_market;
        }
        return limit ? OrderKind.stop_limit : OrderKind.stop_market;
    }

    private static boolean plainOrderType(String stopOrderType) {
        return stopOrderType == null || stopOrderType.isBlank() || "UNKNOWN".equals(stopOrderType);
    }
}
