package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.volatility.IvRank;
import io.cerbero.mcp.core.analytics.volatility.IvRankResult;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_iv_rank}: IV rank and IV percentile of DVOL's daily closes over a lookback (core's {@link IvRank}):
 * where today's implied volatility sits in its range.
 */
public final class DeribitGetIvRankTool implements AsyncTool<DeribitSession, DeribitGetIvRankTool.Input> {

    public record Input(
            @Schema(description = "BTC or ETH (default BTC)", example = "BTC") String currency,
            @Schema(description = "days of DVOL history, 10-1000 (default 365)", example = "365") Integer lookbackDays) {
        public Input {
            currency = DeribitParams.currency(currency, "currency", "BTC");
            lookbackDays = Inputs.intInRange(lookbackDays, "lookback_days", 10, 1000, 365);
        }
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(description = "daily DVOL closes used (fewer than asked when the history is shorter)",
                                 requiredMode = Schema.RequiredMode.REQUIRED) int observations,
                         @Schema(description = "latest DVOL, volatility points") BigDecimal current,
                         @Schema(description = "lowest DVOL of the window") BigDecimal min,
                         @Schema(description = "highest DVOL of the window") BigDecimal max,
                         @Schema(description = "100 × (current − min) / (max − min)") BigDecimal ivRank,
                         @Schema(description = "percent of earlier days with a lower DVOL") BigDecimal ivPercentile) {
    }

    @Override
    public String name() {
        return "get_iv_rank";
    }

    @Override
    public String description() {
        return "IV rank and IV percentile of Deribit's DVOL index over a lookback of daily closes.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: rank and percentile over daily closes. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMinutes(5)));
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
        return new Input("BTC", 365);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return DeribitDvolSeries.fetch(session, input.currency(), DeribitDvolResolution.D1, input.lookbackDays())
                .thenApply(bars -> {
                    List<DeribitDvolSeries.Bar> window = bars.size() > input.lookbackDays()
                            ? bars.subList(bars.size() - input.lookbackDays(), bars.size()) : bars;
                    double[] closes = window.stream().mapToDouble(b -> b.close().doubleValue()).toArray();
                    if (closes.length < 2) {
                        throw ToolException.upstreamError("Deribit returned " + closes.length
                                + " DVOL closes; IV rank needs at least 2");
                    }
                    IvRankResult r;
                    try {
                        r = IvRank.compute(closes, closes.length);
                    } catch (AnalyticsInputException e) {
                        throw ToolException.invalidInput("IV rank of " + input.currency() + ": " + e.getMessage());
                    }
                    return ToolResult.of(new Output(input.currency(), closes.length, Decimals.of(r.current()),
                            Decimals.of(r.min()), Decimals.of(r.max()), Decimals.of(r.rank()),
                            Decimals.of(r.percentile())));
                });
    }
}
