package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.analytics.indicators.IndicatorReport;
import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.model.TechnicalIndicators;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.KlineResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code get_technical_indicators} (unified): fetches candles (GET /v5/market/kline) and answers with core's
 * {@link IndicatorReport}: SMA 20, EMA 20, RSI 14, MACD 12/26/9, ATR 14, ADX 14 and Bollinger 20 ± 2σ of the last
 * closed candle, or of the forming one with {@code include_forming}. Bybit always returns the current, still open
 * candle first (newest first), so leaving out the last one of the oldest-first list leaves closed candles only.
 */
public final class BybitGetTechnicalIndicatorsTool implements Tool<BybitSession, BybitGetTechnicalIndicatorsTool.Input> {
    /** 299 closed candles: above {@link IndicatorReport#SETTLED_BARS}, so the default answer is settled. */
    static final int DEFAULT_LIMIT = 300;

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "linear (default), inverse or spot", example = "linear") BybitCategory category,
            @Schema(description = "candle length: minutes 1,3,5,15,30,60,120,240,360,720 or D, W, M (default 60)",
                    example = "60", allowableValues = {"1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D",
                    "W", "M"}) String interval,
            @Schema(description = "candles to fetch, 35-1000 (34 with include_forming), default 300; 261 or more "
                    + "(260 closed) give settled values", example = "300") Integer limit,
            @Schema(description = "compute on the last, still forming candle too (its values change until it "
                    + "closes); default false: closed candles only", example = "false") Boolean includeForming) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse, BybitCategory.spot);
            interval = BybitGetOhlcvTool.checkInterval(interval);
            includeForming = Boolean.TRUE.equals(includeForming);
            limit = Inputs.intInRange(limit, "limit", IndicatorReport.MIN_BARS, 1000, DEFAULT_LIMIT);
            if (!includeForming && limit == IndicatorReport.MIN_BARS) {
                throw ToolException.invalidInput("limit must be at least " + (IndicatorReport.MIN_BARS + 1)
                        + " without include_forming: the last candle is still forming and left out, and MACD(12,26,9) "
                        + "needs " + IndicatorReport.MIN_BARS + " closed candles");
            }
        }
    }

    @Override
    public String name() {
        return "get_technical_indicators";
    }

    @Override
    public String description() {
        return "SMA20, EMA20, RSI14, MACD(12,26,9), ATR14, ADX14 and Bollinger(20,2) of a Bybit symbol's last closed "
                + "candle (or the forming one with include_forming), with a flag saying whether the history was long "
                + "enough for the values to have settled.";
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
        return new Input("BTCUSDT", BybitCategory.linear, "60", DEFAULT_LIMIT, false);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<KlineResult> answer = session.client().klines(input.category(), input.symbol(), input.interval(),
                null, null, input.limit());
        List<Candle> candles = BybitGetOhlcvTool.oldestFirst(answer.requireResult().candles()).stream()
                .map(c -> new Candle(c.start(), c.open(), c.high(), c.low(), c.close(), c.volume(), c.turnover()))
                .toList();
        return ToolResult.of(IndicatorReport.of(input.symbol(), input.interval(), candles, input.includeForming()),
                answer.timestamp());
    }
}
