package io.cerbero.mcp.core.analytics.options;

/**
 * Price and greeks in desk units, the units of every tool output (and of venues such as Deribit): made by
 * {@link Greeks#toDeskUnits()}.
 *
 * @param price  option value, in the underlying's price currency
 * @param delta  change in value per 1 unit move of the underlying (forward for Black-76)
 * @param gamma  change in delta per 1 unit move of the underlying
 * @param vega   change in value per 1 volatility point (implied vol 0.50 → 0.51)
 * @param theta  change in value per calendar day passing (365-day year), all else fixed
 * @param vanna  change in delta per 1 volatility point
 * @param charm  change in delta per calendar day passing
 */
public record DeskGreeks(double price, double delta, double gamma, double vega, double theta,
                         double vanna, double charm) {
}
