/**
 * Volatility: {@link io.cerbero.mcp.core.analytics.volatility.RealizedVolatility} (close-to-close,
 * Parkinson), {@link io.cerbero.mcp.core.analytics.volatility.VolatilityCone},
 * {@link io.cerbero.mcp.core.analytics.volatility.Garch11} and
 * {@link io.cerbero.mcp.core.analytics.volatility.IvRank}.
 *
 * <p><b>Library:</b> Hipparchus {@code BOBYQAOptimizer} maximises the GARCH likelihood under box bounds
 * (stationarity is made a box by reparametrising, see {@link io.cerbero.mcp.core.analytics.volatility.Garch11});
 * Hipparchus {@code Percentile} (R_7) gives the cone percentiles.
 * <b>Hand-written:</b> the realized-vol estimators, the GARCH recursion/likelihood and forecast, and IV
 * rank/percentile — each a single loop that no library exposes over primitive arrays.
 */
package io.cerbero.mcp.core.analytics.volatility;
