package io.cerbero.mcp.plugin.alpaca.orders;

import io.cerbero.mcp.core.model.Order;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.model.OrderStatus;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Alpaca orders in the unified model: type, status and side spelled the model's way, extras in venue_specific. */
public final class AlpacaOrderMapping {
    private AlpacaOrderMapping() {
    }

    /** The venue's spelling of an order kind ({@code stop_market} → {@code stop}). */
    public static String venueType(OrderKind kind) {
        return switch (kind) {
            case market -> "market";
            case limit -> "limit";
            case stop_market -> "stop";
            case stop_limit -> "stop_limit";
            case trailing_stop -> "trailing_stop";
            default -> throw new IllegalArgumentException("Alpaca has no " + kind + " orders");
        };
    }

    /** The unified kind of a venue type; unknown types read as market (with the raw type in venue_specific). */
    public static OrderKind kind(String venueType) {
        if (venueType == null) {
            return OrderKind.market;
        }
        return switch (venueType.toLowerCase(Locale.ROOT)) {
            case "limit" -> OrderKind.limit;
            case "stop" -> OrderKind.stop_market;
            case "stop_limit" -> OrderKind.stop_limit;
            case "trailing_stop" -> OrderKind.trailing_stop;
            default -> OrderKind.market;
        };
    }

    /**
     * Alpaca's many states in the closed set: working ones (new, accepted, pending_*, held, calculated …) are open;
     * canceled, expired, replaced and done_for_day are canceled (the raw state stays in venue_specific.status).
     */
    public static OrderStatus status(String venueStatus) {
        if (venueStatus == null) {
            return OrderStatus.open;
        }
        return switch (venueStatus.toLowerCase(Locale.ROOT)) {
            case "partially_filled" -> OrderStatus.partially_filled;
            case "filled" -> OrderStatus.filled;
            case "canceled", "expired", "replaced", "done_for_day" -> OrderStatus.canceled;
            case "rejected", "suspended" -> OrderStatus.rejected;
            default -> OrderStatus.open;
        };
    }

    /** The unified order. Sizes are shares for stocks and contracts for options. */
    public static Order toOrder(AlpacaTradingData.Order o) {
        Map<String, Object> extra = new LinkedHashMap<>();
        put(extra, "status", o.status());
        put(extra, "order_class", Unset.blankAsNull(o.orderClass()));
        put(extra, "asset_class", o.assetClass());
        put(extra, "extended_hours", o.extendedHours());
        put(extra, "notional", o.notional());
        put(extra, "trail_price", o.trailPrice());
        put(extra, "trail_percent", o.trailPercent());
        put(extra, "hwm", o.hwm());
        put(extra, "replaces", o.replaces());
        put(extra, "replaced_by", o.replacedBy());
        put(extra, "position_intent", o.positionIntent());
        if (o.legs() != null && !o.legs().isEmpty()) {
            extra.put("legs", o.legs().stream().map(AlpacaOrderMapping::toOrder).toList());
        }
        Side side = "sell".equalsIgnoreCase(o.side()) ? Side.sell : Side.buy;
        SizeUnit unit = AlpacaInstruments.isOption(o.symbol()) ? SizeUnit.contracts : SizeUnit.base;
        return new Order(o.id(), o.clientOrderId(), o.symbol(), side, kind(o.type()), o.limitPrice(),
                o.stopPrice(), o.qty(), o.filledQty(), Unset.zeroAsNull(o.filledAvgPrice()), unit,
                status(o.status()), o.timeInForce(), false, false, o.createdAt() != null ? o.createdAt()
                : o.submittedAt(), o.updatedAt(), extra.isEmpty() ? null : extra);
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
