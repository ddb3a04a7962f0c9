package io.cerbero.mcp.core.analytics.options;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Expiry profit of a spread over a price grid, plus exact breakevens and extremes over all prices
 * {@code S >= 0} (not just the grid). {@code maxProfit} is empty when profit is unbounded as S grows;
 * {@code maxLoss} (a non-negative number) is empty when the loss is unbounded.
 */
public record PayoffProfile(double[] prices, double[] profit, List<Double> breakevens,
                            OptionalDouble maxProfit, OptionalDouble maxLoss) {
}
