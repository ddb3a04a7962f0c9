package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.Series;
import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.model.TechnicalIndicators;
import io.cerbero.mcp.core.model.TechnicalIndicators.AdxValue;
import io.cerbero.mcp.core.model.TechnicalIndicators.Average;
import io.cerbero.mcp.core.model.TechnicalIndicators.BollingerValue;
import io.cerbero.mcp.core.model.TechnicalIndicators.MacdValue;
import io.cerbero.mcp.core.model.TechnicalIndicators.Oscillator;
import io.cerbero.mcp.core.spi.ToolException;

import java.math.BigDecimal;
import java.util.List;

/**
 * The unified {@code get_technical_indicators} answer from a venue's candles, the same for every trading plugin:
 * SMA 20, EMA 20, RSI 14, MACD 12/26/9, ATR 14, ADX 14 and Bollinger 20 ± 2σ of one candle, by default the last
 * closed one. Conventions (seeds, smoothing) are in {@link TechnicalIndicators}.
 *
 * <ul>
 *   <li><b>Closed candles.</b> Venues return the still-forming candle last; it is left out unless
 *   {@code includeForming}, so a value does not change under the caller until the candle closes.</li>
 *   <li><b>Too few candles.</b> Fewer than {@link #MIN_BARS} (after leaving out the forming one) is INVALID_INPUT:
 *   MACD, the slowest indicator, would have no value.</li>
 *   <li><b>Settled.</b> {@code settled} is {@code bars >= }{@link #SETTLED_BARS}, ten times the longest lookback
 *   (MACD's slow EMA, 26): every seed (SMA-seeded EMAs, Wilder averages, the ADX mean) then has a weight under 1e-6
 *   in the values, which differ from the same indicators over a longer history by under 1e-6 of the price (RSI,
 *   ADX: under 1e-4 points; on random walks 200 bars can miss that bound, 260 stay below a thirtieth of it).</li>
 *   <li><b>Undefined values.</b> RSI of closes that never change, and ADX of bars that never move, are undefined;
 *   they are absent (null) while the other indicators are still given.</li>
 * </ul>
 * Candles that are not bars (missing or non-positive prices, low above high, not oldest first) are an
 * UPSTREAM_ERROR ({@link CandleArrays}). Values are rounded to 12 significant digits ({@link Decimals}).
 */
public final class IndicatorReport {

    public static final int SMA_PERIOD = 20;
    public static final int EMA_PERIOD = 20;
    public static final int RSI_PERIOD = 14;
    public static final int MACD_FAST = 12;
    public static final int MACD_SLOW = 26;
    public static final int MACD_SIGNAL = 9;
    public static final int ATR_PERIOD = 14;
    public static final int ADX_PERIOD = 14;
    public static final int BOLLINGER_PERIOD = 20;
    public static final double BOLLINGER_STD_DEVS = 2.0;

    /**
     * Fewest candles for which every indicator has a value: MACD's signal line needs 26 + 9 - 1, more than any
     * other (ADX 28, SMA/EMA/Bollinger 20, RSI/ATR 15).
     */
    public static final int MIN_BARS = MACD_SLOW + MACD_SIGNAL - 1;

    /** The longest lookback of the set: MACD's slow EMA. */
    public static final int LONGEST_LOOKBACK = MACD_SLOW;

    /** Candles from which the values count as settled: ten times the longest lookback. */
    public static final int SETTLED_BARS = 10 * LONGEST_LOOKBACK;

    private IndicatorReport() {
    }

    /**
     * The indicators of the last closed candle of {@code candles} (oldest first), or of the last candle, still
     * forming, when {@code includeForming}.
     *
     * @throws ToolException INVALID_INPUT for too few candles, UPSTREAM_ERROR for candles that are not bars
     */
    public static TechnicalIndicators of(String symbol, String interval, List<Candle> candles,
                                         boolean includeForming) {
        List<Candle> used = usedCandles(candles, includeForming);
        CandleArrays bars = CandleArrays.of(used);
        double[] h = bars.highs();
        double[] l = bars.lows();
        double[] c = bars.closes();
        Candle last = used.get(used.size() - 1);
        MacdSeries macd = Macd.compute(c, MACD_FAST, MACD_SLOW, MACD_SIGNAL);
        BollingerBands bands = Bollinger.compute(c, BOLLINGER_PERIOD, BOLLINGER_STD_DEVS);
        return new TechnicalIndicators(symbol, interval, last.openTime(), last.close(), includeForming, used.size(),
                used.size() >= SETTLED_BARS,
                new Average(SMA_PERIOD, latest(Sma.compute(c, SMA_PERIOD))),
                new Average(EMA_PERIOD, latest(Ema.compute(c, EMA_PERIOD))),
                Rsi.defined(c) ? new Oscillator(RSI_PERIOD, latest(Rsi.compute(c, RSI_PERIOD))) : null,
                new MacdValue(MACD_FAST, MACD_SLOW, MACD_SIGNAL, latest(macd.macd()), latest(macd.signal()),
                        latest(macd.histogram())),
                new Oscillator(ATR_PERIOD, latest(Atr.compute(h, l, c, ATR_PERIOD))),
                Adx.defined(h, l, c) ? adx(Adx.compute(h, l, c, ADX_PERIOD)) : null,
                new BollingerValue(BOLLINGER_PERIOD, Decimals.of(BOLLINGER_STD_DEVS), latest(bands.upper()),
                        latest(bands.middle()), latest(bands.lower())));
    }

    private static List<Candle> usedCandles(List<Candle> candles, boolean includeForming) {
        int given = candles == null ? 0 : candles.size();
        int used = includeForming ? given : Math.max(0, given - 1);
        if (used < MIN_BARS) {
            throw ToolException.invalidInput("need at least " + MIN_BARS + (includeForming ? "" : " closed")
                    + " candles for MACD(" + MACD_FAST + "," + MACD_SLOW + "," + MACD_SIGNAL
                    + "), the slowest indicator; got " + used
                    + (includeForming || given == 0 ? "" : " (the last of the " + given + " is still forming)"))
                    .withFix("ask for more candles (a longer limit), or a shorter interval for a young market");
        }
        return candles.subList(0, used);
    }

    private static AdxValue adx(AdxSeries adx) {
        return new AdxValue(ADX_PERIOD, latest(adx.adx()), latest(adx.plusDi()), latest(adx.minusDi()));
    }

    private static BigDecimal latest(Series series) {
        return Decimals.of(series.latest());
    }
}
