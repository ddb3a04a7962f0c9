package io.cerbero.mcp.core.analytics.stats;

/** OLS of {@code dy[t] = intercept + slope * y[t-1]}; {@code halfLife = -ln 2 / slope} periods. */
public record HalfLifeResult(double halfLife, double slope, double intercept) {
}
