package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.Order;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.model.OrderStatus;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.OpenOrder;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A venue order as the unified {@link Order}. */
final class HyperliquidOrderView {
    private HyperliquidOrderView() {
    }

    /** @param status the venue's status word ({@code open}, {@code filled}, …); null for a resting order */
    static Order unified(OpenOrder o, String status) {
        BigDecimal orig = o.origSz() != null ? o.origSz() : o.sz();
        BigDecimal filled = orig != null && o.sz() != null ? orig.subtract(o.sz()) : null;
        OrderKind kind = kind(o.orderType());
        Map<String, Object> extra = new LinkedHashMap<>();
        putIf(extra, "order_type", o.orderType());
        putIf(extra, "trigger_condition", o.triggerCondition());
        putIf(extra, "is_position_tpsl", o.isPositionTpsl());
        putIf(extra, "venue_status", status);
        return new Order(String.valueOf(o.oid()), o.cloid(), o.coin(), o.buy() ? Side.buy : Side.sell, kind,
                kind == OrderKind.market ? null : Unset.zeroAsNull(o.limitPx()),
                o.trigger() ? Unset.zeroAsNull(o.triggerPx()) : null, orig,
                filled == null ? null : filled.stripTrailingZeros(), null, SizeUnit.base, status(status, filled),
                o.tif(), o.isReduceOnly(), "Alo".equals(o.tif()), HyperliquidParams.millis(o.timestamp()), null,
                extra.isEmpty() ? null : extra);
    }

    static OrderKind kind(String orderType) {
        if (orderType == null) {
            return OrderKind.limit;
        }
        return switch (orderType.toLowerCase(Locale.ROOT)) {
            case "market" -> OrderKind.market;
            case "stop market" -> OrderKind.stop_market;
            case "stop limit" -> OrderKind.stop_limit;
            case "take profit market" -> OrderKind.take_profit_market;
            case "take profit limit" -> OrderKind.take_profit_limit;
            default -> OrderKind.limit;
        };
    }

    static OrderStatus status(String status, BigDecimal filled) {
        if (status == null || status.equals("open")) {
            return filled != null && filled.signum() > 0 ? OrderStatus.partially_filled : OrderStatus.open;
        }
        String s = status.toLowerCase(Locale.ROOT);
        if (s.equals("filled")) {
            return OrderStatus.filled;
        }
        if (s.equals("triggered")) {
            return OrderStatus.triggered;
        }
        if (s.contains("rejected")) {
            return OrderStatus.rejected;
        }
        return OrderStatus.canceled;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
