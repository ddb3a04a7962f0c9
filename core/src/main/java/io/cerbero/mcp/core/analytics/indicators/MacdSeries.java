package io.cerbero.mcp.core.analytics.indicators;

/** MACD line, signal line and histogram; all arrays have the same length and are trailing-aligned. */
public record MacdSeries(double[] macd, double[] signal, double[] histogram) {
}
