package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order as the caller asked for it, in the design's uniform names, before rounding: what a plugin's
 * {@code place_order} input hands to {@link OrderPipeline#place}.
 *
 * @param symbol        the venue's instrument name
 * @param side          buy or sell
 * @param kind          market, limit, or a conditional kind the venue supports
 * @param qty           size in the instrument's qty unit, &gt; 0
 * @param price         limit price; required for limit kinds, refused for market kinds
 * @param triggerPrice  trigger of a conditional kind (stop/take-profit); null otherwise
 * @param reduceOnly    only reduce a position (skips the leverage check)
 * @param postOnly      maker only (limit kinds)
 * @param clientOrderId the caller's id, or null to generate one
 * @param dryRun        validate, round, check policy and return the request instead of sending it
 */
public record OrderIntent(String symbol, Side side, OrderKind kind, BigDecimal qty, BigDecimal price,
                          BigDecimal triggerPrice, boolean reduceOnly, boolean postOnly, String clientOrderId,
                          boolean dryRun) {
    public OrderIntent {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qty, "qty");
        if (qty.signum() <= 0) {
            throw ToolException.invalidInput("qty must be greater than 0, got " + qty.toPlainString());
        }
        if (needsPrice(kind) && price == null) {
            throw ToolException.invalidInput("price is required for a " + kind + " order");
        }
        if (!needsPrice(kind) && price != null) {
            throw ToolException.invalidInput("price is only for limit orders; a " + kind + " order takes none");
        }
        if (price != null && price.signum() <= 0) {
            throw ToolException.invalidInput("price must be greater than 0, got " + price.toPlainString());
        }
        if (needsTrigger(kind) && triggerPrice == null) {
            throw ToolException.invalidInput("trigger_price is required for a " + kind + " order");
        }
        if (!needsTrigger(kind) && triggerPrice != null) {
            throw ToolException.invalidInput("trigger_price is only for stop and take-profit orders");
        }
        if (triggerPrice != null && triggerPrice.signum() <= 0) {
            throw ToolException.invalidInput("trigger_price must be greater than 0, got "
                    + triggerPrice.toPlainString());
        }
        if (postOnly && price == null) {
            throw ToolException.invalidInput("post_only needs a limit order");
        }
    }

    /** A plain market or limit order ({@code type} of the uniform input). */
    public static OrderIntent of(String symbol, Side side, OrderType type, BigDecimal qty, BigDecimal price,
                                 boolean reduceOnly, boolean postOnly, String clientOrderId, boolean dryRun) {
        return new OrderIntent(symbol, side, type == OrderType.limit ? OrderKind.limit : OrderKind.market, qty,
                price, null, reduceOnly, postOnly, clientOrderId, dryRun);
    }

    /** Whether an order of this kind rests at a limit price. */
    public static boolean needsPrice(OrderKind kind) {
        return kind == OrderKind.limit || kind == OrderKind.stop_limit || kind == OrderKind.take_profit_limit;
    }

    /** Whether an order of this kind waits for a trigger price. */
    public static boolean needsTrigger(OrderKind kind) {
        return kind == OrderKind.stop_market || kind == OrderKind.stop_limit || kind == OrderKind.take_profit_market
                || kind == OrderKind.take_profit_limit;
    }
}
