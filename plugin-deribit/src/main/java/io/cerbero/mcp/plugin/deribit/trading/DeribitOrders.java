package io.cerbero.mcp.plugin.deribit.trading;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.model.Order;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.model.OrderStatus;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deribit's order object in the unified {@link Order}. */
public final class DeribitOrders {
    private DeribitOrders() {
    }

    public static Order unified(DeribitAccountData.Order o) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("order_state", o.orderState());
        extra.put("order_type", o.orderType());
        if (o.trigger() != null) {
            extra.put("trigger", o.trigger());
        }
        if (o.advanced() != null) {
            extra.put("advanced", o.advanced());
        }
        if (o.api() != null) {
            extra.put("api", o.api());
        }
        return new Order(o.orderId(), Unset.blankAsNull(o.label()), o.instrumentName(), side(o.direction()),
                kind(o.orderType()), price(o.price()), Unset.zeroAsNull(o.triggerPrice()), o.amount(),
                o.filledAmount(), Unset.zeroAsNull(o.averagePrice()), sizeUnit(o.instrumentName()),
                status(o.orderState(), o.filledAmount()), o.timeInForce(), Boolean.TRUE.equals(o.reduceOnly()),
                Boolean.TRUE.equals(o.postOnly()), Unset.epochMillis(o.creationTimestamp()),
                Unset.epochMillis(o.lastUpdateTimestamp()), extra);
    }

    /** {@code price} is a number, or {@code "market_price"} for market orders: that one is "no price". */
    public static BigDecimal price(JsonNode price) {
        return price != null && price.isNumber() ? Unset.zeroAsNull(price.decimalValue()) : null;
    }

    public static Side side(String direction) {
        return "sell".equals(direction) ? Side.sell : Side.buy;
    }

    static io.cerbero.mcp.core.model.SizeUnit sizeUnit(String instrument) {
        try {
            return DeribitSymbol.parse(instrument).sizeUnit();
        } catch (RuntimeException unknownShape) {
            return io.cerbero.mcp.core.model.SizeUnit.base; // combos: amounts count combo units
        }
    }

    static OrderKind kind(String type) {
        if (type == null) {
            return OrderKind.limit;
        }
        return switch (type) {
            case "market" -> OrderKind.market;
            case "stop_market" -> OrderKind.stop_market;
            case "stop_limit" -> OrderKind.stop_limit;
            case "take_market" -> OrderKind.take_profit_market;
            case "take_limit" -> OrderKind.take_profit_limit;
            case "trailing_stop" -> OrderKind.trailing_stop;
            default -> OrderKind.limit; // limit, market_limit (rests at the best price once it meets the book)
        };
    }

    static OrderStatus status(String state, BigDecimal filled) {
        if (state == null) {
            return OrderStatus.open;
        }
        return switch (state) {
            case "filled" -> OrderStatus.filled;
            case "cancelled" -> OrderStatus.canceled;
            case "rejected" -> OrderStatus.rejected;
            case "triggered" -> OrderStatus.triggered;
            default -> filled != null && filled.signum() > 0 ? OrderStatus.partially_filled : OrderStatus.open;
        };
    }
}
