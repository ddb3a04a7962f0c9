package io.cerbero.mcp.core.analytics.options;

/**
 * Price and greeks of one European option. Units: vega per 1.00 of volatility (divide by 100 for
 * per vol point); theta and charm per year of calendar time (divide by 365 for per day); vanna is
 * dDelta/dSigma. Charm is dDelta/dt, i.e. the change in delta as time passes (= -dDelta/dT).
 */
public record Greeks(double price, double delta, double gamma, double vega, double theta,
                     double vanna, double charm) {
}
