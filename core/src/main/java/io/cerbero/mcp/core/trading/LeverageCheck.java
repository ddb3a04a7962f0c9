package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.RiskPolicy;
import io.cerbero.mcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The leverage check of one symbol, computed before any order is sent and shown in order responses so the caller
 * sees why an order passed.
 *
 * <p><b>Math.</b> With the signed notional of the current position {@code P} (short negative), the notional the
 * orders would add on the buy side {@code B} and on the sell side {@code S} (all ≥ 0, valued by the plugin at the
 * limit price or a mark price), and the account equity {@code E}:
 * <pre>
 *   current   = |P| / E                              rounded down to 6 decimals
 *   resulting = max(|P + B|, |P − S|) / E            rounded up to 6 decimals when above |P|, else down
 * </pre>
 * i.e. the worst case where every buy (or every sell) fills; for one order {@code max(|P|, |P ± notional|) / E}.
 * An order that only reduces exposure therefore reports the current leverage as its resulting one (the order may
 * not fill). Rounding a raised leverage up errs on the safe side of the cap; a non-raised one is rounded down like
 * the current one, so rounding alone never turns a reducing order into a raising one.
 *
 * <p><b>Rule</b> ({@link #enforce}): an action whose resulting leverage is not above the current one (it reduces
 * or keeps exposure) always passes, even when the account is already above the cap; otherwise
 * {@link RiskPolicy#requireLeverageWithinCap} decides: above the cap is POLICY_REJECTED, equal to the cap passes.
 * Reduce-only orders should not be checked at all.
 *
 * @param symbol            the venue symbol
 * @param equity            account equity the ratio is computed on (quote currency, usually USD)
 * @param positionNotional  signed notional of the current position (short negative)
 * @param orderNotional     notional the orders add in the worst-case direction
 * @param currentLeverage   |position notional| / equity
 * @param resultingLeverage worst case |position ± orders| / equity
 * @param maxLeverage       the gateway cap ({@code <PLUGIN>_MAX_LEVERAGE}), for display
 */
public record LeverageCheck(String symbol, BigDecimal equity, BigDecimal positionNotional, BigDecimal orderNotional,
                            BigDecimal currentLeverage, BigDecimal resultingLeverage, BigDecimal maxLeverage) {
    /** Decimals of the leverage ratios. */
    public static final int SCALE = 6;
    private static final MathContext MC = MathContext.DECIMAL64;

    public LeverageCheck {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(positionNotional, "positionNotional");
        Objects.requireNonNull(orderNotional, "orderNotional");
        Objects.requireNonNull(currentLeverage, "currentLeverage");
        Objects.requireNonNull(resultingLeverage, "resultingLeverage");
        Objects.requireNonNull(maxLeverage, "maxLeverage");
    }

    /**
     * The worst case of several orders on one symbol (a batch): every buy fills, or every sell fills.
     *
     * @param buyNotional  total notional of the buy orders (≥ 0)
     * @param sellNotional total notional of the sell orders (≥ 0)
     * @throws ToolException POLICY_REJECTED when equity is missing or not positive: no order that adds exposure can
     *                       pass then
     */
    public static LeverageCheck worstCase(String symbol, BigDecimal equity, BigDecimal positionNotional,
                                          BigDecimal buyNotional, BigDecimal sellNotional, BigDecimal maxLeverage) {
        requirePositiveEquity(symbol, equity);
        requireNonNegative(buyNotional, "buyNotional");
        requireNonNegative(sellNotional, "sellNotional");
        BigDecimal longCase = positionNotional.add(buyNotional).abs();
        BigDecimal shortCase = positionNotional.subtract(sellNotional).abs();
        boolean longWorse = longCase.compareTo(shortCase) >= 0;
        BigDecimal worst = longWorse ? longCase : shortCase;
        BigDecimal orderNotional = longWorse ? buyNotional : sellNotional;
        boolean raises = worst.compareTo(positionNotional.abs()) > 0;
        return new LeverageCheck(symbol, equity, strip(positionNotional), strip(orderNotional),
                ratio(positionNotional.abs(), equity, RoundingMode.DOWN),
                ratio(worst, equity, raises ? RoundingMode.UP : RoundingMode.DOWN), maxLeverage);
    }

    /**
     * One order: {@code max(|position|, |position ± notional|) / equity}, {@code +} for a buy; the same as
     * {@link #worstCase} with that single order.
     */
    public static LeverageCheck forOrder(String symbol, BigDecimal equity, BigDecimal positionNotional, Side side,
                                         BigDecimal orderNotional, BigDecimal maxLeverage) {
        Objects.requireNonNull(side, "side");
        return side == Side.buy
                ? worstCase(symbol, equity, positionNotional, orderNotional, BigDecimal.ZERO, maxLeverage)
                : worstCase(symbol, equity, positionNotional, BigDecimal.ZERO, orderNotional, maxLeverage);
    }

    /** Whether the action would raise leverage; one that does not (reduces or keeps exposure) always passes. */
    public boolean increasesLeverage() {
        return resultingLeverage.compareTo(currentLeverage) > 0;
    }

    /** {@link #enforce(RiskPolicy, String)} with the policy's own suggested fix. */
    public LeverageCheck enforce(RiskPolicy policy) {
        return enforce(policy, null);
    }

    /**
     * Applies the gateway cap: passes when leverage does not increase, else asks
     * {@link RiskPolicy#requireLeverageWithinCap} (equal to the cap passes).
     *
     * @param fix suggested fix for a refusal, naming the plugin's variable ({@code "lower the size, or raise
     *            BYBIT_MAX_LEVERAGE"}); null keeps the policy's
     * @return this check, when it passes
     * @throws ToolException POLICY_REJECTED with details {@code max_leverage}, {@code requested_leverage},
     *                       {@code current_leverage}, {@code equity}, {@code position_notional},
     *                       {@code order_notional}
     */
    public LeverageCheck enforce(RiskPolicy policy, String fix) {
        if (!increasesLeverage()) {
            return this;
        }
        String subject = symbol + " (position notional " + positionNotional.toPlainString() + ", order notional "
                + orderNotional.toPlainString() + ", equity " + strip(equity).toPlainString() + ")";
        try {
            policy.requireLeverageWithinCap(resultingLeverage, subject);
        } catch (ToolException e) {
            if (e.code() != ErrorCode.POLICY_REJECTED) {
                throw e;
            }
            ToolException refused = e.withDetail(ErrorDetails.CURRENT_LEVERAGE, currentLeverage)
                    .withDetail(ErrorDetails.EQUITY, equity)
                    .withDetail(ErrorDetails.POSITION_NOTIONAL, positionNotional)
                    .withDetail(ErrorDetails.ORDER_NOTIONAL, orderNotional);
            throw fix == null ? refused : refused.withFix(fix);
        }
        return this;
    }

    private static void requirePositiveEquity(String symbol, BigDecimal equity) {
        if (equity == null || equity.signum() <= 0) {
            throw ToolException.policyRejected(symbol + ": account equity is "
                    + (equity == null ? "unknown" : equity.toPlainString())
                    + "; no order that adds exposure can pass the leverage cap");
        }
    }

    private static void requireNonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
        }
    }

    private static BigDecimal ratio(BigDecimal notional, BigDecimal equity, RoundingMode mode) {
        return strip(notional.divide(equity, MC).setScale(SCALE, mode));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
