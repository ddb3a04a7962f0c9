package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One funding rate of a perpetual: the fraction longs pay shorts (negative: shorts pay longs) per interval.
 * {@code annualized = rate × 24 / interval_hours × 365}.
 */
public record FundingRate(
        @Schema(description = "when this rate applied (paid) or, for the current rate, when it was read",
                requiredMode = Schema.RequiredMode.REQUIRED) Instant time,
        @Schema(description = "rate per interval as a fraction (0.0001 = 0.01 %)",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal rate,
        @Schema(description = "hours between fundings") BigDecimal intervalHours,
        @Schema(description = "the rate over a year of 365 days, as a fraction") BigDecimal annualized) {

    /** A rate with its annualised value computed from the interval (null when the interval is unknown). */
    public static FundingRate of(Instant time, BigDecimal rate, BigDecimal intervalHours) {
        BigDecimal annualized = intervalHours == null || intervalHours.signum() <= 0 ? null
                : rate.multiply(BigDecimal.valueOf(24 * 365))
                .divide(intervalHours, MathContext.DECIMAL64).setScale(8, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return new FundingRate(time, rate, intervalHours, annualized);
    }
}
