/**
 * Time-series statistics: {@link io.cerbero.mcp.core.analytics.stats.Hurst},
 * {@link io.cerbero.mcp.core.analytics.stats.HalfLife}, {@link io.cerbero.mcp.core.analytics.stats.Adf},
 * {@link io.cerbero.mcp.core.analytics.stats.EngleGranger} and the
 * {@link io.cerbero.mcp.core.analytics.stats.MacKinnon} tables.
 *
 * <p><b>Library:</b> Hipparchus {@code SimpleRegression} (Hurst slope, half-life, hedge ratio),
 * {@code QRDecomposition} (ADF regressions and standard errors), {@code NormalDistribution}
 * (MacKinnon p-value). <b>Hand-written:</b> the ADF design matrix and AIC lag search (mirroring
 * statsmodels' {@code adfuller} so numbers are comparable) and the MacKinnon (1994, 2010)
 * response-surface coefficients, which are published tables that no Java library ships.
 */
package io.cerbero.mcp.core.analytics.stats;
