package io.cerbero.mcp.core.analytics.stats;

/**
 * Engle–Granger two-step result: {@code y = intercept + hedgeRatio * x + u}; ADF tau on {@code u}
 * (no constant, AIC lags), its MacKinnon (1994) p-value for N = 2 with constant, and the MacKinnon
 * (2010) 1%/5%/10% critical values. Cointegrated at level a when {@code statistic < criticalValue}.
 */
public record CointegrationResult(double hedgeRatio, double intercept, double statistic, double pValue,
                                  double[] criticalValues, int usedLag, double[] residuals) {
}
