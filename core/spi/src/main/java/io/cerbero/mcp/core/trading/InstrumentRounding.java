package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Rounding of prices and quantities to an instrument's grid, in {@link BigDecimal} only. The rule is the one the
 * design asks of every trading plugin: never a worse order than the caller asked for.
 *
 * <ul>
 *   <li><b>Price</b> to {@code tickSize}: a <b>buy rounds down</b> ({@link RoundingMode#FLOOR}), a <b>sell rounds
 *       up</b> ({@link RoundingMode#CEILING}), so the limit is never worse than asked.</li>
 *   <li><b>Quantity down</b> to {@code qtyStep} ({@link RoundingMode#FLOOR}), so an order is never larger than
 *       asked. A quantity that rounds to zero or below {@code minQty} is INVALID_INPUT.</li>
 *   <li>A missing or non-positive tick/step means "no grid": the value is kept as is.</li>
 *   <li>Results are stripped of trailing zeros ({@code 65000.10} → {@code 65000.1}); zero is {@code 0}.</li>
 * </ul>
 *
 * <p>Use the static methods with a venue's instrument fields, or an instance for one instrument. The
 * {@link Rounded} results carry the requested value beside the rounded one so responses can show both
 * ({@code requested_qty} / {@code qty}).
 *
 * @param tickSize price increment; null or ≤ 0 for none
 * @param qtyStep  quantity increment; null or ≤ 0 for none
 * @param minQty   smallest order quantity; null for none
 */
public record InstrumentRounding(BigDecimal tickSize, BigDecimal qtyStep, BigDecimal minQty) {

    /** A value as the caller sent it and as it will be sent. */
    public record Rounded(BigDecimal requested, BigDecimal rounded) {
        public Rounded {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(rounded, "rounded");
        }

        /** Whether rounding changed the value (scale alone does not count: {@code 1.50} vs {@code 1.5}). */
        public boolean adjusted() {
            return requested.compareTo(rounded) != 0;
        }

        /** {@code rounded − requested}: negative when rounded down. */
        public BigDecimal adjustment() {
            return rounded.subtract(requested).stripTrailingZeros();
        }
    }

    /** Price of a {@code side} order rounded to this instrument's tick. */
    public Rounded price(BigDecimal requested, Side side) {
        return new Rounded(requested, priceToTick(requested, tickSize, side));
    }

    /**
     * Quantity rounded down to this instrument's step and checked against its minimum.
     *
     * @param subject names the order in the message: {@code "BTCUSDT"}, {@code "orders[2]: BTCUSDT"}
     * @throws ToolException INVALID_INPUT when the result is zero or below {@link #minQty()}, with details
     *                       {@code requested_qty}, {@code rounded_qty}, {@code min_order_qty}
     */
    public Rounded qty(BigDecimal requested, String subject) {
        return roundQty(requested, qtyStep, minQty, subject);
    }

    /**
     * Price to the tick, never to a worse price: buy down, sell up.
     *
     * @param tickSize null or ≤ 0 keeps the price (stripped)
     */
    public static BigDecimal priceToTick(BigDecimal price, BigDecimal tickSize, Side side) {
        Objects.requireNonNull(side, "side");
        return toStep(price, tickSize, side == Side.buy ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }

    /**
     * Quantity down to the step; no minimum check.
     *
     * @param qtyStep null or ≤ 0 keeps the quantity (stripped)
     */
    public static BigDecimal qtyToStep(BigDecimal qty, BigDecimal qtyStep) {
        return toStep(qty, qtyStep, RoundingMode.FLOOR);
    }

    /**
     * Quantity down to the step, refused when it ends at zero or below {@code minQty}.
     *
     * @param minQty  null for no minimum (zero is still refused)
     * @param subject names the order in the message, e.g. {@code "BTCUSDT"} or {@code "orders[2]: BTCUSDT"}
     * @throws ToolException INVALID_INPUT with details {@code requested_qty}, {@code rounded_qty},
     *                       {@code min_order_qty} ({@code ""} when there is no minimum)
     */
    public static Rounded roundQty(BigDecimal requested, BigDecimal qtyStep, BigDecimal minQty, String subject) {
        BigDecimal rounded = qtyToStep(requested, qtyStep);
        if (rounded.signum() <= 0 || (minQty != null && rounded.compareTo(minQty) < 0)) {
            throw ToolException.invalidInput(subject + ": qty " + requested.toPlainString() + " rounds down to "
                            + rounded.toPlainString() + " (step " + plain(qtyStep) + "), below the minimum "
                            + plain(minQty))
                    .withDetail(ErrorDetails.REQUESTED_QTY, requested)
                    .withDetail(ErrorDetails.ROUNDED_QTY, rounded)
                    .withDetail(ErrorDetails.MIN_ORDER_QTY, minQty == null ? "" : minQty.toPlainString());
        }
        return new Rounded(requested, rounded);
    }

    /** Price of a {@code side} order rounded to {@code tickSize}, with the requested price beside it. */
    public static Rounded roundPrice(BigDecimal requested, BigDecimal tickSize, Side side) {
        return new Rounded(requested, priceToTick(requested, tickSize, side));
    }

    /**
     * {@code value} to a multiple of {@code step} with {@code mode}; exact (no intermediate precision loss).
     *
     * @param step null or ≤ 0 keeps the value (stripped)
     */
    public static BigDecimal toStep(BigDecimal value, BigDecimal step, RoundingMode mode) {
        Objects.requireNonNull(value, "value");
        if (step == null || step.signum() <= 0) {
            return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }
        BigDecimal rounded = value.divide(step, 0, mode).multiply(step);
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
