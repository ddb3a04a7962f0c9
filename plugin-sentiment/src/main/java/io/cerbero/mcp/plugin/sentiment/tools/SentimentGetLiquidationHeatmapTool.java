package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.FanOutResult;
import io.cerbero.mcp.core.support.SourceReport;
import io.cerbero.mcp.plugin.sentiment.SentimentSession;
import io.cerbero.mcp.plugin.sentiment.client.PerpOpenInterest;
import io.cerbero.mcp.plugin.sentiment.client.PerpVenue;
import io.cerbero.mcp.plugin.sentiment.client.Venue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_liquidation_heatmap}: estimated liquidation levels by price bucket; the model is {@link LiquidationModel}. */
public final class SentimentGetLiquidationHeatmapTool
        implements AsyncTool<SentimentSession, SentimentGetLiquidationHeatmapTool.Input> {
    /** How long an answer is fresh for the host cache (see {@link #freshness()}). */
    private static final Duration FRESH_FOR = Duration.ofSeconds(30);


    static final List<LeverageTier> DEFAULT_TIERS = List.of(
            new LeverageTier(new BigDecimal("2"), new BigDecimal("0.10")),
            new LeverageTier(new BigDecimal("5"), new BigDecimal("0.20")),
            new LeverageTier(new BigDecimal("10"), new BigDecimal("0.30")),
            new LeverageTier(new BigDecimal("25"), new BigDecimal("0.20")),
            new LeverageTier(new BigDecimal("50"), new BigDecimal("0.10")),
            new LeverageTier(new BigDecimal("100"), new BigDecimal("0.05")));
    static final BigDecimal DEFAULT_MAINTENANCE_MARGIN = new BigDecimal("0.005");
    private static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.000001");

    /** The share of each side's open interest assumed held at one leverage. */
    public record LeverageTier(
            @Schema(description = "leverage, 1-200", example = "10", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal leverage,
            @Schema(description = "fraction of each side's open interest at this leverage, 0-1", example = "0.3",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal weight) {
        public LeverageTier {
            if (leverage == null || leverage.compareTo(BigDecimal.ONE) < 0 || leverage.compareTo(BigDecimal.valueOf(200)) > 0) {
                throw ToolException.invalidInput("leverage_tiers[].leverage must be between 1 and 200");
            }
            if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0) {
                throw ToolException.invalidInput("leverage_tiers[].weight must be above 0 and at most 1");
            }
        }
    }

    public record Input(
            @Schema(description = "coin ticker", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String currency,
            @Schema(description = "venues whose open interest counts (default all)") List<Venue> venues,
            @Schema(description = "bucket width, % of the reference price, 0.05-5 (default 0.5)", example = "0.5")
            BigDecimal bucketPct,
            @Schema(description = "buckets cover the reference price ± this %, 1-50 (default 15)", example = "15")
            BigDecimal rangePct,
            @Schema(description = "assumed leverage mix; weights sum to at most 1, the rest is taken as "
                    + "unleveraged (default 2x 10%, 5x 20%, 10x 30%, 25x 20%, 50x 10%, 100x 5%)")
            List<LeverageTier> leverageTiers,
            @Schema(description = "maintenance margin rate as a fraction, 0-0.05 (default 0.005)", example = "0.005")
            BigDecimal maintenanceMargin) {
        public Input {
            currency = SentimentParams.coin(currency, "currency");
            venues = SentimentParams.venues(venues);
            bucketPct = within(bucketPct, "bucket_pct", "0.05", "5", "0.5");
            rangePct = within(rangePct, "range_pct", "1", "50", "15");
            maintenanceMargin = within(maintenanceMargin, "maintenance_margin", "0", "0.05", "0.005");
            leverageTiers = leverageTiers == null ? DEFAULT_TIERS : List.copyOf(leverageTiers);
            if (leverageTiers.isEmpty() || leverageTiers.size() > 20) {
                throw ToolException.invalidInput("leverage_tiers must hold 1 to 20 tiers");
            }
            BigDecimal total = leverageTiers.stream().map(LeverageTier::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.ONE.add(WEIGHT_TOLERANCE)) > 0) {
                throw ToolException.invalidInput("leverage_tiers weights must sum to at most 1, got "
                        + total.toPlainString());
            }
            for (LeverageTier tier : leverageTiers) {
                if (BigDecimal.ONE.divide(tier.leverage(), MathContext.DECIMAL64).compareTo(maintenanceMargin) <= 0) {
                    throw ToolException.invalidInput("a " + tier.leverage().toPlainString() + "x position would be "
                            + "liquidated at entry with maintenance_margin " + maintenanceMargin.toPlainString()
                            + ": lower the leverage or the maintenance margin");
                }
            }
        }

        private static BigDecimal within(BigDecimal value, String field, String min, String max, String fallback) {
            if (value == null) {
                return new BigDecimal(fallback);
            }
            if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
                throw ToolException.invalidInput(field + " must be between " + min + " and " + max + ", got "
                        + value.toPlainString());
            }
            return value;
        }
    }

    /** Notional (USD) liquidated if the price trades into this bucket. */
    public record Bucket(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal priceLow,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal priceHigh,
            @Schema(description = "longs liquidated here (below the price), USD", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal longLiquidationUsd,
            @Schema(description = "shorts liquidated here (above the price), USD", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal shortLiquidationUsd) {
    }

    /** One venue's input to the model. */
    public record VenueOpenInterest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String venue,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "base-coin units", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal openInterest,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal openInterestUsd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal markPrice) {
    }

    /** The assumptions this answer rests on, echoed so a reader can judge it. */
    public record Assumptions(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LeverageTier> leverageTiers,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal maintenanceMargin,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String model) {
    }

    public record Output(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
            @Schema(description = "mark prices weighted by open interest (USD)", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal referencePrice,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal bucketSize,
            @Schema(description = "non-empty buckets within the range, lowest price first",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<Bucket> buckets,
            @Schema(description = "estimated notional whose liquidation price lies outside the range, USD",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal outsideRangeUsd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal totalOpenInterestUsd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<VenueOpenInterest> venues,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Assumptions assumptions,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceReport sources) {
    }

    static final String MODEL = "An estimate, not venue data. Each venue's current open interest (USD) is held in "
            + "full by longs and in full by shorts; each side is spread over the leverage tiers by weight (the rest "
            + "of the weight is unleveraged); every position is assumed opened at the venue's current mark price with "
            + "isolated margin; a long at leverage L is liquidated at mark × (1 − 1/L + m), a short at "
            + "mark × (1 + 1/L − m), m being the maintenance margin rate. Real positions were opened at many prices, "
            + "use cross margin, and venues have tiered maintenance margins, so levels are indicative.";

    @Override
    public String name() {
        return "get_liquidation_heatmap";
    }

    @Override
    public String description() {
        return "Estimated liquidation levels of a coin's perpetuals by price bucket, from the current open interest "
                + "of Binance, Bybit, OKX, Hyperliquid and Deribit and an assumed leverage mix. " + MODEL
                + " Defaults: tiers 2x 10%, 5x 20%, 10x 30%, 25x 20%, 50x 10%, 100x 5%; m = 0.5%; buckets of 0.5% "
                + "within ±15% of the open-interest-weighted mark price.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /**
     * Host cache: an estimate on current open interest. A partial answer (a source down) is
     * cached a fifth as long ({@link PartialAnswers}).
     */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(FRESH_FOR));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("BTC", null, null, null, null, null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(SentimentSession session, Input input, ToolCall call) {
        return VenueSources.ask(session, input.venues(), (PerpVenue venue) -> venue.openInterest(input.currency()))
                .thenApply(result -> result(input, result.requireAnswered("open interest of " + input.currency(),
                        VenueSources::name)));
    }

    /** The answer, cached for less when a source failed ({@link PartialAnswers}). */
    private static ToolResult result(Input input, FanOutResult<Venue, PerpOpenInterest> result) {
        return PartialAnswers.limited(result, answer(input, result), FRESH_FOR);
    }

    private static ToolResult answer(Input input, FanOutResult<Venue, PerpOpenInterest> result) {
        List<PerpOpenInterest> venues = List.copyOf(result.answered().values());
        LiquidationModel model = new LiquidationModel(input.leverageTiers().stream()
                .map(t -> new LiquidationModel.Tier(t.leverage(), t.weight())).toList(), input.maintenanceMargin());
        LiquidationModel.Heatmap heatmap = model.estimate(venues, input.bucketPct(), input.rangePct());
        List<Bucket> buckets = heatmap.buckets().stream().map(b -> new Bucket(b.priceLow(), b.priceHigh(),
                b.longUsd(), b.shortUsd())).toList();
        BigDecimal total = venues.stream().map(PerpOpenInterest::openInterestUsd).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_EVEN);
        List<VenueOpenInterest> rows = venues.stream().map(v -> new VenueOpenInterest(v.venue().name(), v.symbol(),
                v.openInterest(), v.openInterestUsd(), v.markPrice())).toList();
        Instant time = venues.stream().map(PerpOpenInterest::time).max(Comparator.naturalOrder()).orElse(null);
        return ToolResult.of(new Output(input.currency(), heatmap.referencePrice(), heatmap.bucketSize(), buckets,
                heatmap.outsideRangeUsd(), total, rows,
                new Assumptions(input.leverageTiers(), input.maintenanceMargin(), MODEL),
                result.report(VenueSources::name)), time);
    }
}
