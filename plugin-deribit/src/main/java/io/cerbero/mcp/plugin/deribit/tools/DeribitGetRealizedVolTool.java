package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.volatility.RealizedVolatility;
import io.cerbero.mcp.core.model.Candle;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_realized_vol}: close-to-close and Parkinson realized volatility of the closed candles of
 * {@code get_ohlcv} (core's {@link RealizedVolatility}), annualised over a 365-day year (crypto trades every day).
 */
public final class DeribitGetRealizedVolTool implements AsyncTool<DeribitSession, DeribitGetRealizedVolTool.Input> {

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = DeribitParams.SYMBOL_DOC + " (default BTC-PERPETUAL)", example = "BTC-PERPETUAL")
            String symbol,
            @Schema(description = "bar length of get_ohlcv (default 1d)", example = "1d") String interval,
            @Schema(description = "closed bars, 3-1000 (default 30)", example = "30") Integer bars) {
        public Input {
            symbol = DeribitParams.symbol(symbol == null ? "BTC-PERPETUAL" : symbol);
            interval = DeribitInterval.parse(interval == null ? "1d" : interval, "interval").label();
            bars = Inputs.intInRange(bars, "bars", 3, 1000, 30);
        }
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String interval,
                         @Schema(description = "closed bars used", requiredMode = Schema.RequiredMode.REQUIRED) int bars,
                         @Schema(description = "close-to-close, annualised, as a fraction (0.45 = 45 %)")
                         BigDecimal closeToClose,
                         @Schema(description = "Parkinson high-low estimator, annualised, as a fraction")
                         BigDecimal parkinson,
                         @Schema(description = "open time of the last bar used") Instant lastBar) {
    }

    @Override
    public String name() {
        return "get_realized_vol";
    }

    @Override
    public String description() {
        return "Realized volatility (close-to-close and Parkinson, annualised fractions) of a Deribit instrument over "
                + "its last closed candles.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: realized vol over many closed bars barely moves within a minute. */
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
        return new Input("BTC-PERPETUAL", "1d", 30);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        DeribitInterval bar = DeribitInterval.parse(input.interval(), "interval");
        return DeribitGetOhlcvTool.fetch(session, input.symbol(), bar, input.bars() + 1, null).thenApply(ohlcv -> {
            List<Candle> all = ohlcv.candles();
            List<Candle> closed = all.isEmpty() ? all : all.subList(0, all.size() - 1); // the last one is forming
            if (closed.size() < 3) {
                throw ToolException.invalidInput(input.symbol() + " has " + closed.size()
                        + " closed " + input.interval() + " bars in the window; realized vol needs 3");
            }
            double[] closes = closed.stream().mapToDouble(c -> c.close().doubleValue()).toArray();
            double[] highs = closed.stream().mapToDouble(c -> c.high().doubleValue()).toArray();
            double[] lows = closed.stream().mapToDouble(c -> c.low().doubleValue()).toArray();
            try {
                return ToolResult.of(new Output(input.symbol(), input.interval(), closed.size(),
                        Decimals.of(RealizedVolatility.closeToClose(closes, bar.perYear())),
                        Decimals.of(RealizedVolatility.parkinson(highs, lows, bar.perYear())),
                        closed.get(closed.size() - 1).openTime()));
            } catch (AnalyticsInputException e) {
                throw ToolException.upstreamError("Deribit candles of " + input.symbol() + " are not usable bars: "
                        + e.getMessage());
            }
        });
    }
}
