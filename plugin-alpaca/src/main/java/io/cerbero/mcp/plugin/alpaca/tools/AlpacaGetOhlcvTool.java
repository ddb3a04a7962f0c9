package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.model.Ohlcv;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Bar;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTimeframe;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_ohlcv}: the latest {@code limit} bars of a stock ({@code GET /v2/stocks/bars}) or option
 * ({@code GET /v1beta1/options/bars}), oldest first, following {@code next_page_token}; without blocking.
 */
public final class AlpacaGetOhlcvTool implements AsyncTool<AlpacaSession, AlpacaGetOhlcvTool.Input> {
    static final int MAX_LIMIT = 10_000;

    public record Input(
            @Schema(description = "stock ticker or OCC option symbol", example = "AAPL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "bar length", example = "1d", requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"}) String interval,
            @Schema(description = "how many of the latest bars, 1-10000 (default 100)", example = "100")
            Integer limit,
            @Schema(description = "stocks: corporate-action adjustment raw (default), split, dividend or all",
                    example = "split", allowableValues = {"raw", "split", "dividend", "all"}) String adjustment) {
        public Input {
            symbol = AlpacaParams.symbol(symbol);
            Inputs.require(interval, "interval");
            if (AlpacaTimeframe.of(interval).isEmpty()) {
                throw ToolException.invalidInput("interval must be one of " + String.join(", ",
                        AlpacaTimeframe.INTERVALS) + ", got " + interval);
            }
            limit = Inputs.intInRange(limit, "limit", 1, MAX_LIMIT, 100);
            if (adjustment != null && !java.util.List.of("raw", "split", "dividend", "all").contains(adjustment)) {
                throw ToolException.invalidInput("adjustment must be raw, split, dividend or all");
            }
            if (adjustment != null && OccSymbol.isOption(symbol)) {
                throw ToolException.invalidInput("adjustment applies to stocks only");
            }
        }
    }

    @Override
    public String name() {
        return "get_ohlcv";
    }

    @Override
    public String description() {
        return "The latest OHLCV bars of a US stock or option, oldest first (volume in shares or contracts).";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: the last bar is still forming; two seconds keeps it near live. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(2)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Ohlcv.class;
    }

    @Override
    public Input example() {
        return new Input("AAPL", "1d", 100, "split");
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        AlpacaTimeframe timeframe = AlpacaTimeframe.of(input.interval()).orElseThrow();
        boolean option = OccSymbol.isOption(input.symbol());
        return new AlpacaBarReader(session, input.symbol(), timeframe, input.adjustment())
                .latest(input.limit())
                .thenApply(bars -> ToolResult.of(new Ohlcv(input.symbol(), input.interval(), "USD",
                        option ? SizeUnit.contracts : SizeUnit.base, bars.stream().map(AlpacaGetOhlcvTool::candle)
                        .toList())));
    }

    static Candle candle(Bar b) {
        return new Candle(b.t(), b.o(), b.h(), b.l(), b.c(), b.v(),
                b.v() == null || b.vw() == null ? null
                        : b.v().multiply(b.vw()).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }
}
