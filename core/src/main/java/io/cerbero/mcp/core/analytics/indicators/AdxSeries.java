package io.cerbero.mcp.core.analytics.indicators;

/** ADX with +DI and -DI (all in 0..100), same length, trailing-aligned. */
public record AdxSeries(double[] adx, double[] plusDi, double[] minusDi) {
}
