package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The account-wide leverage check core's order pipeline made before sending an order. Exposure is gross: the sum
 * over symbols of the worst case of each position plus its resting orders (every buy fills, or every sell fills).
 */
@Schema(description = "the account-wide leverage check applied before sending")
public record LeverageReport(
        @Schema(description = "account equity the ratio uses, in currency") BigDecimal equity,
        @Schema(description = "currency of equity and exposures") String currency,
        @Schema(description = "gross exposure of positions and resting orders before this order")
        BigDecimal exposureBefore,
        @Schema(description = "gross exposure if this order is added") BigDecimal exposureAfter,
        @Schema(description = "exposure_before / equity, rounded down") BigDecimal currentLeverage,
        @Schema(description = "exposure_after / equity, rounded up (against the caller)") BigDecimal resultingLeverage,
        @Schema(description = "the gateway cap (<PLUGIN>_MAX_LEVERAGE)") BigDecimal maxLeverage,
        @Schema(description = "why the order passed: within_cap, lowers_exposure or reduce_only",
                requiredMode = Schema.RequiredMode.REQUIRED) String verdict) {
    public static final String WITHIN_CAP = "within_cap";
    public static final String LOWERS_EXPOSURE = "lowers_exposure";
    public static final String REDUCE_ONLY = "reduce_only";

    /** A reduce-only order: not checked, it can only lower exposure. */
    public static LeverageReport reduceOnly(BigDecimal maxLeverage) {
        return new LeverageReport(null, null, null, null, null, null, maxLeverage, REDUCE_ONLY);
    }
}
