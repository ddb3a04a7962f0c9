package io.cerbero.mcp.plugin.bybit.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding to the instrument's grid, in {@link BigDecimal} only.
 *
 * <ul>
 *   <li>Price to {@code tickSize}, never to a worse price than asked: a buy rounds <b>down</b>, a sell rounds
 *   <b>up</b>.</li>
 *   <li>Quantity <b>down</b> to {@code qtyStep}, so an order is never larger than asked.</li>
 * </ul>
 * Results are stripped of trailing zeros ({@code 65000.10} → {@code 65000.1}).
 */
final class BybitRounding {
    private BybitRounding() {
    }

    static BigDecimal price(BigDecimal price, BigDecimal tickSize, BybitSide side) {
        return toStep(price, tickSize, side == BybitSide.buy ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }

    static BigDecimal qty(BigDecimal qty, BigDecimal qtyStep) {
        return toStep(qty, qtyStep, RoundingMode.FLOOR);
    }

    static BigDecimal toStep(BigDecimal value, BigDecimal step, RoundingMode mode) {
        if (step == null || step.signum() <= 0) {
            return value.stripTrailingZeros();
        }
        BigDecimal steps = value.divide(step, 0, mode);
        BigDecimal rounded = steps.multiply(step);
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }
}
