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
 * <p><b>Warm-up convention.</b> Outputs contain only defined values, trailing-aligned with the input
 * (output {@code k} belongs to input bar {@code k + n - output.length}). Lengths: SMA/EMA/Bollinger
 * {@code n - period + 1}; RSI/ATR {@code n - period}; ADX {@code n - 2 period + 1};
 * MACD {@code n - slow - signal + 2}.
 */
package io.cerbero.mcp.core.analytics.indicators;
