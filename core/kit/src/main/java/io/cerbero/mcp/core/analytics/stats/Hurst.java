package io.cerbero.mcp.core.analytics.stats;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * Hurst exponent by the scaling of lagged differences: for lags 2..maxLag,
 * {@code tau(lag) = std(x[t + lag] - x[t])} (population std) and H is the OLS slope of
 * {@code ln tau} on {@code ln lag} (Hipparchus {@link SimpleRegression}). Input is a level series
 * (typically log prices): H &lt; 0.5 mean-reverting, ~0.5 random walk, &gt; 0.5 trending.
 */
public final class Hurst {

    private Hurst() {
    }

    public static double exponent(double[] series, int maxLag) {
        Inputs.requirePeriod("maxLag", maxLag, 3);
        Inputs.requireSeries("series", series, maxLag + 2, "a Hurst exponent with maxLag " + maxLag);
        Inputs.requireNotConstant("series", series, "the Hurst exponent");
        SimpleRegression reg = new SimpleRegression(true);
        for (int lag = 2; lag <= maxLag; lag++) {
            int m = series.length - lag;
            double mean = 0;
            for (int t = 0; t < m; t++) {
                mean += series[t + lag] - series[t];
            }
            mean /= m;
            double ss = 0;
            for (int t = 0; t < m; t++) {
                double d = series[t + lag] - series[t] - mean;
                ss += d * d;
            }
            double tau = Math.sqrt(ss / m);
            if (tau == 0) {
                throw new AnalyticsInputException("series", "lag-" + lag + " differences are constant; Hurst exponent is undefined");
            }
            reg.addData(Math.log(lag), Math.log(tau));
        }
        return Inputs.finiteResult("series", reg.getSlope(), "Hurst exponent");
    }
}
