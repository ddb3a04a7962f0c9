package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.plugin.sentiment.client.PerpFunding;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One venue's current funding: as the venue quotes it ({@code funding}: rate per its own interval, the interval,
 * and the annualised rate) and normalised to 8 hours so venues compare directly.
 */
public record VenueFunding(
        @Schema(example = "binance", requiredMode = Schema.RequiredMode.REQUIRED) String venue,
        @Schema(description = "the venue's perpetual", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
        String symbol,
        @Schema(description = "rate per 8 hours as a fraction: rate × 8 / interval_hours; absent when the venue did "
                + "not say its interval") BigDecimal rate8h,
        @Schema(description = "the rate as the venue quotes it: per interval, with the interval and the annualised "
                + "rate (rate × 24 / interval_hours × 365)", requiredMode = Schema.RequiredMode.REQUIRED)
        FundingRate funding,
        @Schema(description = "when the venue pays the next funding") Instant nextFundingTime,
        @Schema(description = "the venue's mark price, when the same answer carries it") BigDecimal markPrice) {

    private static final BigDecimal EIGHT = BigDecimal.valueOf(8);

    static VenueFunding of(PerpFunding f) {
        return new VenueFunding(f.venue().name(), f.symbol(), per8h(f.funding()), f.funding(), f.nextFundingTime(),
                f.markPrice());
    }

    static BigDecimal per8h(FundingRate rate) {
        BigDecimal interval = rate.intervalHours();
        if (interval == null || interval.signum() <= 0) {
            return null;
        }
        return rate.rate().multiply(EIGHT).divide(interval, MathContext.DECIMAL64).setScale(10, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    /** The annualised rate, or null when the interval is unknown. */
    BigDecimal annualized() {
        return funding.annualized();
    }
}
