package io.cerbero.mcp.plugin.bybit.trading;

import io.cerbero.mcp.core.model.LeverageReport;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.trading.AccountSnapshot;
import io.cerbero.mcp.core.trading.OrderPipeline;
import io.cerbero.mcp.core.trading.OrderVenue;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The account-wide leverage check of a whole batch, with core's rule ({@link OrderPipeline#checkLeverage}) applied to
 * the batch's worst case: one account snapshot, every order of the batch added as if resting, then the batch passes
 * when it does not raise gross exposure or when {@code exposure after ≤ cap × equity}. Reduce-only orders are left
 * out; a batch of only reduce-only orders is not checked.
 *
 * <p>Local until core's pipeline offers {@code checkLeverage(List<PlannedOrder>, X)} (see the plugin README).
 */
public final class BatchLeverageCheck {
    private BatchLeverageCheck() {
    }

    /**
     * @throws ToolException POLICY_REJECTED when the batch raises gross exposure above cap × equity
     */
    public static <X> LeverageReport check(OrderVenue<X> venue, BigDecimal cap, List<PlannedOrder> orders,
                                           X params) {
        List<PlannedOrder> adding = orders.stream().filter(o -> !o.intent().reduceOnly()).toList();
        if (adding.isEmpty()) {
            return LeverageReport.reduceOnly(cap);
        }
        AccountSnapshot account = venue.account();
        AccountSnapshot.Builder withBatch = AccountSnapshot.builder(account.equity(), account.currency());
        for (AccountSnapshot.Exposure e : account.exposures()) {
            withBatch.position(e.symbol(), e.position());
            withBatch.restingOrder(e.symbol(), Side.buy, e.restingBuys());
            withBatch.restingOrder(e.symbol(), Side.sell, e.restingSells());
        }
        BigDecimal batchNotional = BigDecimal.ZERO;
        for (PlannedOrder o : adding) {
            BigDecimal notional = venue.notional(o, params).abs();
            batchNotional = batchNotional.add(notional);
            withBatch.restingOrder(o.symbol(), o.side(), notional);
        }
        BigDecimal before = account.grossExposure();
        BigDecimal after = withBatch.build().grossExposure();
        BigDecimal equity = account.equity();
        boolean positiveEquity = equity != null && equity.signum() > 0;
        BigDecimal current = positiveEquity ? ratio(before, equity, RoundingMode.DOWN) : null;
        BigDecimal resulting = positiveEquity ? ratio(after, equity, RoundingMode.UP) : null;
        if (after.compareTo(before) <= 0) {
            return new LeverageReport(equity, account.currency(), strip(before), strip(after), current, resulting,
                    cap, LeverageReport.LOWERS_EXPOSURE);
        }
        if (!positiveEquity) {
            throw ToolException.policyRejected("account equity is " + (equity == null ? "unknown" : plain(equity))
                            + "; no batch that adds exposure can pass the leverage cap")
                    .withFix("fund the account, or send reduce_only orders")
                    .withDetail(ErrorDetails.MAX_LEVERAGE, cap);
        }
        if (after.compareTo(cap.multiply(equity)) > 0) {
            throw ToolException.policyRejected("the batch would take account leverage to " + plain(resulting)
                            + "x (gross exposure " + plain(after) + " " + account.currency() + " over equity "
                            + plain(equity) + "), above the gateway cap of " + plain(cap) + "x")
                    .withFix("lower the sizes, reduce other positions, or raise BYBIT_MAX_LEVERAGE")
                    .withDetail(ErrorDetails.MAX_LEVERAGE, cap)
                    .withDetail(ErrorDetails.REQUESTED_LEVERAGE, resulting)
                    .withDetail(ErrorDetails.CURRENT_LEVERAGE, current)
                    .withDetail(ErrorDetails.EQUITY, equity)
                    .withDetail(ErrorDetails.ORDER_NOTIONAL, strip(batchNotional))
                    .withDetail("exposure_before", strip(before))
                    .withDetail("exposure_after", strip(after));
        }
        return new LeverageReport(equity, account.currency(), strip(before), strip(after), current, resulting, cap,
                LeverageReport.WITHIN_CAP);
    }

    private static BigDecimal ratio(BigDecimal exposure, BigDecimal equity, RoundingMode mode) {
        return strip(exposure.divide(equity, OrderPipeline.SCALE, mode));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
