package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.analytics.indicators.Adx;
import io.cerbero.mcp.core.analytics.indicators.AdxSeries;
import io.cerbero.mcp.core.analytics.indicators.Atr;
import io.cerbero.mcp.core.analytics.indicators.Bollinger;
import io.cerbero.mcp.core.analytics.indicators.BollingerBands;
import io.cerbero.mcp.core.analytics.indicators.Ema;
import io.cerbero.mcp.core.analytics.indicators.Macd;
import io.cerbero.mcp.core.analytics.indicators.MacdSeries;
import io.cerbero.mcp.core.analytics.indicators.Rsi;
import io.cerbero.mcp.core.analytics.indicators.Sma;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.KlineResult;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOhlcvTool.Candle;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code get_technical_indicators}: fetches candles and runs the core analytics indicators over the closes (and
 * highs/lows for ATR and ADX). Standard periods: SMA 20, EMA 20, RSI 14, MACD 12/26/9, ATR 14, ADX 14,
 * Bollinger 20 ± 2σ. Values are for the latest candle (which may still be forming).
 */
public final class BybitGetTechnicalIndicatorsTool implements Tool<BybitSession, BybitGetTechnicalIndicatorsTool.Input> {
    static final int MIN_BARS = 50;

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "linear (default), inverse or spot", example = "linear") BybitCategory category,
            @Schema(description = "candle length: minutes 1,3,5,15,30,60,120,240,360,720 or D, W, M (default 60)",
                    example = "60", allowableValues = {"1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D",
                    "W", "M"}) String interval,
            @Schema(description = "candles to compute over, 50-1000, default 200", example = "200") Integer limit) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse, BybitCategory.spot);
            interval = BybitGetOhlcvTool.checkInterval(interval);
            limit = Inputs.intInRange(limit, "limit", MIN_BARS, 1000, 200);
        }
    }

    public record MacdValue(BigDecimal macd, BigDecimal signal, BigDecimal histogram) {
    }

    public record AdxValue(BigDecimal adx, BigDecimal plusDi, BigDecimal minusDi) {
    }

    public record BollingerValue(BigDecimal upper, BigDecimal middle, BigDecimal lower) {
    }

    /** Latest values; {@code bars} is how many candles went in, {@code candle_start} the latest one's start. */
    public record Output(String symbol, BybitCategory category, String interval, int bars, Instant candleStart,
                         BigDecimal close, BigDecimal sma20, BigDecimal ema20, BigDecimal rsi14, MacdValue macd,
                         BigDecimal atr14, AdxValue adx14, BollingerValue bollinger20) {
    }

    @Override
    public String name() {
        return "get_technical_indicators";
    }

    @Override
    public String description() {
        return "SMA20, EMA20, RSI14, MACD(12,26,9), ATR14, ADX14 and Bollinger(20,2) of a Bybit symbol's latest "
                + "candle, computed by the gateway's analytics library.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, "60", 200);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<KlineResult> answer = session.client().klines(input.category(), input.symbol(), input.interval(),
                null, null, input.limit());
        List<Candle> candles = BybitGetOhlcvTool.oldestFirst(answer.requireResult().candles());
        int n = candles.size();
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            high[i] = candles.get(i).high().doubleValue();
            low[i] = candles.get(i).low().doubleValue();
            close[i] = candles.get(i).close().doubleValue();
        }
        // analytics functions reject short or broken series with AnalyticsInputException → INVALID_INPUT
        MacdSeries macd = Macd.compute(close, 12, 26, 9);
        AdxSeries adx = Adx.compute(high, low, close, 14);
        BollingerBands bands = Bollinger.compute(close, 20, 2.0);
        Candle last = candles.get(n - 1);
        return ToolResult.of(new Output(input.symbol(), input.category(), input.interval(), n, last.start(),
                last.close(), latest(Sma.compute(close, 20)), latest(Ema.compute(close, 20)),
                latest(Rsi.compute(close, 14)),
                new MacdValue(latest(macd.macd()), latest(macd.signal()), latest(macd.histogram())),
                latest(Atr.compute(high, low, close, 14)),
                new AdxValue(latest(adx.adx()), latest(adx.plusDi()), latest(adx.minusDi())),
                new BollingerValue(latest(bands.upper()), latest(bands.middle()), latest(bands.lower()))),
                answer.timestamp());
    }

    private static BigDecimal latest(double[] series) {
        return BybitGetOrderbookImbalanceTool.decimal(series[series.length - 1]);
    }
}
