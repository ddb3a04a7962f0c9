package io.cerbero.mcp.core.analytics.stats;

/**
 * Augmented Dickey–Fuller result: tau statistic, MacKinnon (1994) p-value, lag order used,
 * observations in the final regression and the MacKinnon (2010) 1%/5%/10% critical values.
 */
public record AdfResult(double statistic, double pValue, int usedLag, int nobs, double[] criticalValues) {
}
