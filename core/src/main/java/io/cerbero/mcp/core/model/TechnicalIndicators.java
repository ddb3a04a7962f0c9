package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The unified answer of {@code get_technical_indicators}: classic indicators of one candle (by default the last
 * closed one), each with its parameters. Conventions, so values compare with a charting platform: SMA is the plain
 * mean; EMA is seeded with the SMA of its first period, then alpha = 2 / (period + 1); RSI, ATR and ADX use Wilder
 * smoothing (alpha = 1 / period) seeded with a simple mean; MACD is EMA(fast) − EMA(slow) with an EMA signal line;
 * Bollinger bands use the population standard deviation.
 */
@Schema(description = "indicators of one candle, each with its parameters")
public record TechnicalIndicators(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String interval,
        @Schema(description = "open time of the candle every value belongs to",
                requiredMode = Schema.RequiredMode.REQUIRED) Instant candleTime,
        @Schema(description = "close of that candle") BigDecimal close,
        @Schema(description = "whether that candle is still forming (include_forming: true)")
        boolean forming,
        @Schema(description = "candles the values were computed over", requiredMode = Schema.RequiredMode.REQUIRED)
        int bars,
        @Schema(description = "whether bars covers the warm-up of the slowest indicator (the seed's weight is "
                + "negligible); false means values may still differ from a platform with a longer history")
        boolean settled,
        Average sma,
        Average ema,
        Oscillator rsi,
        MacdValue macd,
        Oscillator atr,
        AdxValue adx,
        BollingerValue bollinger) {

    /** A moving average over {@code period} closes. */
    public record Average(int period, BigDecimal value) {
    }

    /** A single-valued indicator over {@code period} bars (RSI 0-100; ATR in price units). */
    public record Oscillator(int period, BigDecimal value) {
    }

    public record MacdValue(int fast, int slow, int signalPeriod, BigDecimal macd, BigDecimal signal,
                            BigDecimal histogram) {
    }

    public record AdxValue(int period, BigDecimal adx, BigDecimal plusDi, BigDecimal minusDi) {
    }

    public record BollingerValue(int period, BigDecimal stdDevs, BigDecimal upper, BigDecimal middle,
                                 BigDecimal lower) {
    }
}
