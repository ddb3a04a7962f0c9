package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Series;

/** ADX with +DI and -DI (all in 0..100) over the same bars: the first belongs to bar {@code 2 * period - 1}. */
public record AdxSeries(Series adx, Series plusDi, Series minusDi) {
}
