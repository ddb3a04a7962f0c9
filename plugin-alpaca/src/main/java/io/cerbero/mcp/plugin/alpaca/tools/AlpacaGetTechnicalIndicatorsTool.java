package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.analytics.indicators.IndicatorReport;
import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.model.TechnicalIndicators;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTimeframe;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_technical_indicators} (unified): the latest bars ({@code GET /v2/stocks/bars} or options bars, as
 * {@code get_ohlcv} reads them) through core's {@link IndicatorReport}: SMA 20, EMA 20, RSI 14, MACD 12/26/9, ATR 14,
 * ADX 14 and Bollinger 20 ± 2σ of the last closed bar, or of the forming one with {@code include_forming}.
 * Alpaca returns the current bar while it is still forming (a daily bar all day long), so the last bar counts as
 * forming while its start plus its length is after the host clock; a closed last bar is used as is.
 */
public final class AlpacaGetTechnicalIndicatorsTool
        implements AsyncTool<AlpacaSession, AlpacaGetTechnicalIndicatorsTool.Input> {
    /** Enough for {@link IndicatorReport#SETTLED_BARS} closed bars even when the last one is forming. */
    static final int DEFAULT_LIMIT = 300;

    public record Input(
            @Schema(description = "stock ticker or OCC option symbol", example = "AAPL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "bar length (default 1d)", example = "1d",
                    allowableValues = {"1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"}) String interval,
            @Schema(description = "bars to fetch, 35-10000 (default 300; 261 or more give settled values)",
                    example = "300") Integer limit,
            @Schema(description = "compute on the still forming bar too (its values change until it closes); "
                    + "default false", example = "false") Boolean includeForming) {
        public Input {
            symbol = AlpacaParams.symbol(symbol);
            interval = interval == null ? "1d" : interval;
            if (AlpacaTimeframe.of(interval).isEmpty()) {
                throw ToolException.invalidInput("interval must be one of " + String.join(", ",
                        AlpacaTimeframe.INTERVALS) + ", got " + interval);
            }
            limit = Inputs.intInRange(limit, "limit", IndicatorReport.MIN_BARS + 1, AlpacaGetOhlcvTool.MAX_LIMIT,
                    DEFAULT_LIMIT);
            includeForming = Boolean.TRUE.equals(includeForming);
        }
    }

    @Override
    public String name() {
        return "get_technical_indicators";
    }

    @Override
    public String description() {
        return "SMA20, EMA20, RSI14, MACD(12,26,9), ATR14, ADX14 and Bollinger(20,2) of a US stock's or option's last "
                + "closed bar (or the forming one with include_forming), with a flag saying whether the history was "
                + "long enough for the values to have settled.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: computed on the last closed bar, which changes once per interval. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(5)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return TechnicalIndicators.class;
    }

    @Override
    public Input example() {
        return new Input("AAPL", "1d", DEFAULT_LIMIT, false);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        AlpacaTimeframe timeframe = AlpacaTimeframe.of(input.interval()).orElseThrow();
        Instant now = session.clock().instant();
        return new AlpacaBarReader(session, input.symbol(), timeframe, null).latest(input.limit()).thenApply(bars -> {
            List<Candle> candles = bars.stream().map(AlpacaGetOhlcvTool::candle).toList();
            boolean lastForming = !candles.isEmpty()
                    && candles.get(candles.size() - 1).openTime().plus(timeframe.length()).isAfter(now);
            boolean useLast = input.includeForming() || !lastForming;
            TechnicalIndicators report = IndicatorReport.of(input.symbol(), input.interval(), candles, useLast);
            return ToolResult.of(withForming(report, useLast && lastForming));
        });
    }

    /** The report with {@code forming} saying whether its candle is still forming (core sets it to "was included"). */
    private static TechnicalIndicators withForming(TechnicalIndicators t, boolean forming) {
        return new TechnicalIndicators(t.symbol(), t.interval(), t.candleTime(), t.close(), forming, t.bars(),
                t.settled(), t.sma(), t.ema(), t.rsi(), t.macd(), t.atr(), t.adx(), t.bollinger());
    }
}
