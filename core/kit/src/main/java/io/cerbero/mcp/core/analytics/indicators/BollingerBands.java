package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Series;

/** Bollinger bands: upper, middle (SMA) and lower over the same bars: the first belongs to bar {@code period - 1}. */
public record BollingerBands(Series upper, Series middle, Series lower) {
}
