package io.cerbero.mcp.core.analytics.stats;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * Engle–Granger cointegration test of two series (same method as statsmodels {@code coint(y, x)}):
 * hedge ratio by OLS with intercept (Hipparchus {@link SimpleRegression}), ADF on the residuals
 * ({@link Adf}, no constant, AIC lag), MacKinnon p-value and critical values for two series.
 */
public final class EngleGranger {

    private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));

    private EngleGranger() {
    }

    public static CointegrationResult test(double[] y, double[] x) {
        Inputs.requireSeries("y", y, 20, "an Engle-Granger test");
        Inputs.requireSeries("x", x, 20, "an Engle-Granger test");
        Inputs.requireSameLength("x", x, "y", y);
        Inputs.requireNotConstant("x", x, "the hedge ratio");
        Inputs.requireNotConstant("y", y, "the cointegration test");
        SimpleRegression reg = new SimpleRegression(true);
        for (int i = 0; i < y.length; i++) {
            reg.addData(x[i], y[i]);
        }
        if (reg.getRSquare() >= 1 - 100 * SQRT_EPS) {
            throw new AnalyticsInputException("y", "y and x are (almost) perfectly collinear; the test is not defined");
        }
        double b = reg.getSlope();
        double a = reg.getIntercept();
        double[] u = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            u[i] = y[i] - a - b * x[i];
        }
        AdfResult adf = Adf.residualTest(u, 2);
        return new CointegrationResult(b, a, adf.statistic(), adf.pValue(), adf.criticalValues(), adf.usedLag(), u);
    }
}
