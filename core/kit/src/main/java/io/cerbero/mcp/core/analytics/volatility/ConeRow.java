package io.cerbero.mcp.core.analytics.volatility;

/**
 * Distribution of rolling close-to-close realized vol for one window length: min, max, the requested
 * percentiles (same order as requested) and the latest value.
 */
public record ConeRow(int window, double min, double max, double[] percentiles, double current) {
}
