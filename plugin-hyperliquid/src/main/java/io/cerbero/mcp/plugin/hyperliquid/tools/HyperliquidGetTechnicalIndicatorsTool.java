package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.analytics.indicators.IndicatorReport;
import io.cerbero.mcp.core.model.Ohlcv;
import io.cerbero.mcp.core.model.TechnicalIndicators;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_technical_indicators}: core's {@link IndicatorReport} (SMA, EMA, RSI, MACD, ATR, ADX, Bollinger) over
 * {@code candleSnapshot} candles, closed candles only unless {@code include_forming}.
 */
public final class HyperliquidGetTechnicalIndicatorsTool
        implements AsyncTool<HyperliquidSession, HyperliquidGetTechnicalIndicatorsTool.Input> {
    /** 261 candles, the last forming: 260 closed ones give settled values. */
    static final int DEFAULT_LIMIT = 300;

    public record Input(
            @Schema(description = "coin as the venue spells it", example = "BTC",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "candle length (default 1h)", example = "1h",
                    allowableValues = {"1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "8h", "12h", "1d", "3d",
                            "1w", "1M"}) String interval,
            @Schema(description = "candles to fetch, 35-5000 (34 with include_forming), default 300; 261 or more "
                    + "(260 closed) give settled values", example = "300") Integer limit,
            @Schema(description = "compute on the last, still forming candle too; default false",
                    example = "false") Boolean includeForming) {
        public Input {
            HyperliquidParams.symbol(symbol);
            interval = HyperliquidInterval.parse(interval).wire();
            includeForming = Boolean.TRUE.equals(includeForming);
            limit = Inputs.intInRange(limit, "limit", IndicatorReport.MIN_BARS, HyperliquidGetOhlcvTool.MAX_LIMIT,
                    DEFAULT_LIMIT);
            if (!includeForming && limit == IndicatorReport.MIN_BARS) {
                throw ToolException.invalidInput("limit must be at least " + (IndicatorReport.MIN_BARS + 1)
                        + " without include_forming: the last candle is still forming and left out");
            }
        }
    }

    @Override
    public String name() {
        return "get_technical_indicators";
    }

    @Override
    public String description() {
        return "SMA 20, EMA 20, RSI 14, MACD 12/26/9, ATR 14, ADX 14 and Bollinger 20 of a Hyperliquid coin's last "
                + "closed candle.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: computed on the last closed candle, which changes once per interval. */
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
        return new Input("BTC", "1h", DEFAULT_LIMIT, false);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        HyperliquidInterval interval = HyperliquidInterval.parse(input.interval());
        long end = session.clock().millis();
        long start = end - interval.length().toMillis() * input.limit();
        return session.client().candlesAsync(input.symbol(), interval.wire(), start, end).thenApply(rows -> {
            Ohlcv ohlcv = HyperliquidGetOhlcvTool.ohlcv(input.symbol(), input.interval(), rows, input.limit());
            return ToolResult.of(IndicatorReport.of(input.symbol(), input.interval(), ohlcv.candles(),
                    input.includeForming()));
        });
    }
}
