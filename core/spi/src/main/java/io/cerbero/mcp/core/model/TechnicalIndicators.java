package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The unified answer of {@code get_technical_indicators}: classic indicators of one candle (by default the last
 * closed one), each with its parameters; computed by {@code io.cerbero.mcp.core.analytics.indicators.IndicatorReport}.
 *
 * <p>Conventions, so values compare with a charting platform (TradingView, pandas) once {@code settled}:
 * <ul>
 *   <li>SMA is the plain mean of the last {@code period} closes.</li>
 *   <li>EMA is seeded with the SMA of the first {@code period} closes of the series, then
 *   alpha = 2 / (period + 1).</li>
 *   <li>RSI and ATR use Wilder smoothing (alpha = 1 / period) seeded with the simple mean of the first
 *   {@code period} changes / true ranges (true range starts at the second candle: it needs a previous close). A
 *   window with neither gains nor losses reads 50.</li>
 *   <li>ADX: true range, +DM and −DM are Wilder-smoothed in Wilder's running-sum form (seeded with the sum of the
 *   first {@code period}, which gives the same ±DI as a mean seed); ADX is the mean of the first {@code period} DX
 *   values, then Wilder-smoothed.</li>
 *   <li>MACD is EMA(fast) − EMA(slow) of the closes, both SMA-seeded from the first close (TA-Lib instead seeds
 *   the fast EMA at the slow one's first bar: a difference that fades as the series settles); the signal line
 *   is an EMA of the MACD line seeded with the SMA of its first {@code signal_period} values.</li>
 *   <li>Bollinger bands are the SMA ± {@code std_devs} population standard deviations (divisor {@code period}).</li>
 * </ul>
 * Values are rounded to 12 significant digits. RSI of closes that never change and ADX of candles that never move
 * are undefined, so absent.
 */
@Schema(description = "indicators of one candle, each with its parameters")
public record TechnicalIndicators(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String interval,
        @Schema(description = "open time of the candle every value belongs to",
                requiredMode = Schema.RequiredMode.REQUIRED) Instant candleTime,
        @Schema(description = "close of that candle") BigDecimal close,
        @Schema(description = "whether that candle is the last one the venue gave, still forming (include_forming: "
                + "true); false for the last closed candle, the default")
        boolean forming,
        @Schema(description = "candles the values were computed over", requiredMode = Schema.RequiredMode.REQUIRED)
        int bars,
        @Schema(description = "true when bars >= 260, ten times the longest lookback (MACD's slow EMA, 26): every "
                + "smoothing seed then has a weight under 1e-6 in the values, which differ from the same indicators "
                + "over a longer history by under 1e-6 of the price (RSI, ADX: under 1e-4 points). false: values may "
                + "still differ from a platform with a longer history")
        boolean settled,
        Average sma,
        Average ema,
        @Schema(description = "absent when the closes never change (RSI undefined)") Oscillator rsi,
        MacdValue macd,
        Oscillator atr,
        @Schema(description = "absent when the candles never move (ADX undefined)") AdxValue adx,
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
