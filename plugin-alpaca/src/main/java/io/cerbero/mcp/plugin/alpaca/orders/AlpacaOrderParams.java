package io.cerbero.mcp.plugin.alpaca.orders;

import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Order;

import java.math.BigDecimal;

/**
 * Alpaca's order parameters beyond the uniform ones, the {@code X} of the order pipeline.
 *
 * @param timeInForce   {@code day}, {@code gtc}, {@code opg}, {@code cls}, {@code ioc}, {@code fok}
 * @param extendedHours may fill in pre- and after-market sessions (limit orders with time in force day only)
 * @param trailPrice    trailing stop distance in USD (trailing_stop only; this or trailPercent)
 * @param trailPercent  trailing stop distance in percent of the high-water mark (trailing_stop only)
 * @param tickBasis     the caller's limit or stop price, which chooses the stock tick (a cent at or above $1, a
 *                      hundredth of a cent below); null for market and trailing orders
 * @param replacing     the order {@code amend_order} replaces, as it already read it (its type, trail and time in
 *                      force decide the tool's checks), so the pipeline does not read it again; null otherwise.
 *                      {@code trailPrice} then carries the new {@code trail}, in the unit the order was placed with
 */
public record AlpacaOrderParams(AlpacaTimeInForce timeInForce, boolean extendedHours, BigDecimal trailPrice,
                                BigDecimal trailPercent, BigDecimal tickBasis, Order replacing) {
    /** What {@code cancel_order} passes: cancels need none of these. */
    public static final AlpacaOrderParams NONE = new AlpacaOrderParams(AlpacaTimeInForce.day, false, null, null,
            null);

    /** Parameters of a new order. */
    public AlpacaOrderParams(AlpacaTimeInForce timeInForce, boolean extendedHours, BigDecimal trailPrice,
                             BigDecimal trailPercent, BigDecimal tickBasis) {
        this(timeInForce, extendedHours, trailPrice, trailPercent, tickBasis, null);
    }
}
