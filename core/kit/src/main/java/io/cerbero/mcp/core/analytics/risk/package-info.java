/**
 * Risk measures: {@link io.cerbero.mcp.core.analytics.risk.RollingSharpe} and
 * {@link io.cerbero.mcp.core.analytics.risk.ValueAtRisk} (historical and Gaussian VaR/CVaR).
 *
 * <p><b>Library:</b> Hipparchus {@code Percentile} (R_7) for the historical quantile and
 * {@code NormalDistribution} for the Gaussian quantile/density. <b>Hand-written:</b> the rolling
 * window loop and the tail mean (one pass each).
 */
package io.cerbero.mcp.core.analytics.risk;
