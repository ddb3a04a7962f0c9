package io.cerbero.mcp.core.analytics.volatility;

/**
 * IV rank {@code = 100 (current - min) / (max - min)} over the lookback and IV percentile
 * {@code = 100 * (share of earlier lookback observations strictly below current)}.
 */
public record IvRankResult(double current, double min, double max, double rank, double percentile) {
}
