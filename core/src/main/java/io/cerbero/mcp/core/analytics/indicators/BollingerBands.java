package io.cerbero.mcp.core.analytics.indicators;

/** Bollinger bands: middle (SMA), upper and lower; same length, trailing-aligned. */
public record BollingerBands(double[] upper, double[] middle, double[] lower) {
}
