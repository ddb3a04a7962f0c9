/**
 * Classic technical indicators over {@code double[]}: {@link io.cerbero.mcp.core.analytics.indicators.Sma},
 * {@link io.cerbero.mcp.core.analytics.indicators.Ema}, {@link io.cerbero.mcp.core.analytics.indicators.Rsi} (Wilder),
 * {@link io.cerbero.mcp.core.analytics.indicators.Macd}, {@link io.cerbero.mcp.core.analytics.indicators.Atr},
 * {@link io.cerbero.mcp.core.analytics.indicators.Adx} (+DI/-DI) and
 * {@link io.cerbero.mcp.core.analytics.indicators.Bollinger}.
 *
 * <p><b>Hand-written, no library.</b> ta4j 0.17 resolves, but it models a series as a {@code BarSeries} of
 * {@code Bar} objects with {@code Num} values and caches per-index results; building that series and
 * boxing every value costs more than the whole single pass over a primitive array these functions do
 * (see the {@code Ta4jRsiBenchmark} in {@code bench/jmh} and docs/benchmarks.md). The
 * formulas are short, standard and tested against pandas (see the test resources), so a dependency
 * buys nothing here.
 *
 * <p><b>Warm-up convention.</b> Each indicator returns a {@link io.cerbero.mcp.core.analytics.Series}: only
 * defined values, with the index of the input bar the first one belongs to ({@code firstBar}); the last value
 * belongs to the last input bar. First bars: SMA/EMA/Bollinger {@code period - 1}; RSI/ATR {@code period};
 * ADX {@code 2 period - 1}; MACD {@code slow + signal - 2}.
 *
 * <p>{@link io.cerbero.mcp.core.analytics.indicators.IndicatorReport} turns candles into the unified
 * {@code get_technical_indicators} answer with the standard periods.
 */
package io.cerbero.mcp.core.analytics.indicators;
