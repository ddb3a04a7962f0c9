package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Series;

/**
 * MACD line, signal line and histogram over the same bars: the first belongs to bar {@code slow + signal - 2}
 * (the first bar with a signal value).
 */
public record MacdSeries(Series macd, Series signal, Series histogram) {
}
