package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.DealerGammaExposure;
import io.cerbero.mcp.core.analytics.options.GammaProfile;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_dealer_gamma_profile}: the chain's net dealer gamma across index levels (log-spaced grid around the
 * index) and the zero-gamma flip nearest the index (core's {@link DealerGammaExposure#profile}).
 */
public final class DeribitGetDealerGammaProfileTool
        implements AsyncTool<DeribitSession, DeribitGetDealerGammaProfileTool.Input> {

    public record Input(
            @Schema(description = "option currency: BTC or ETH (default BTC)", example = "BTC") String currency,
            @Schema(description = "Deribit expiry code (default: every expiry)", example = "31JAN25") String expiry,
            @Schema(description = "grid half-width around the index as a fraction, 0.02-0.8 (default 0.2)",
                    example = "0.2") BigDecimal range,
            @Schema(description = "grid points, 11-401 (default 81)", example = "81") Integer points) {
        public Input {
            currency = DeribitParams.currency(currency, "currency", "BTC");
            expiry = DeribitChain.expiryCode(expiry);
            range = range == null ? new BigDecimal("0.2") : range;
            if (range.compareTo(new BigDecimal("0.02")) < 0 || range.compareTo(new BigDecimal("0.8")) > 0) {
                throw ToolException.invalidInput("range must be between 0.02 and 0.8, got " + range.toPlainString());
            }
            points = Inputs.intInRange(points, "points", 11, 401, 81);
        }
    }

    public record Point(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal spot,
                        @Schema(description = "net dealer GEX there, USD per 1 % move") BigDecimal netGex) {
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         String expiry,
                         @Schema(description = "index now (USD)") BigDecimal spot,
                         @Schema(description = "the level where net dealer gamma changes sign nearest the index; "
                                 + "absent when it does not on the grid") BigDecimal zeroGammaLevel,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Point> profile) {
    }

    @Override
    public String name() {
        return "get_dealer_gamma_profile";
    }

    @Override
    public String description() {
        return "Net dealer gamma of the Deribit option chain across index levels and the zero-gamma flip level.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: a whole-chain summary weighted by open interest, which changes slowly. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(30)));
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
        return new Input("BTC", null, new BigDecimal("0.2"), 81);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return DeribitChain.load(session, input.currency()).thenApply(chain -> {
            double r = input.range().doubleValue();
            double[] grid = DealerGammaExposure.logGrid(chain.index() * (1 - r), chain.index() * (1 + r),
                    input.points());
            GammaProfile p = DeribitChain.analyse("gamma profile", () -> DealerGammaExposure.profile(
                    DeribitChain.quotes(chain.select(input.expiry())), chain.indexMarket(), grid,
                    DeribitGetGexTool.MULTIPLIER));
            List<Point> points = new ArrayList<>(grid.length);
            for (int i = 0; i < p.spots().length; i++) {
                points.add(new Point(Decimals.of(p.spots()[i]), Decimals.of(p.netGex()[i])));
            }
            return ToolResult.of(new Output(chain.currency(), input.expiry(), Decimals.of(chain.index()),
                    p.zeroGammaLevel().isPresent() ? Decimals.of(p.zeroGammaLevel().getAsDouble()) : null, points));
        });
    }
}
