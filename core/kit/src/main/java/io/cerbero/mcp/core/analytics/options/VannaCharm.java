package io.cerbero.mcp.core.analytics.options;

/**
 * Dealer-signed vanna and charm aggregates (calls +, puts -, same convention as
 * {@link DealerGammaExposure}), weighted by open interest x multiplier: vanna in delta-units per 1.00 of
 * vol, charm in delta-units per year.
 */
public record VannaCharm(double callVanna, double putVanna, double netVanna,
                         double callCharm, double putCharm, double netCharm) {
}
