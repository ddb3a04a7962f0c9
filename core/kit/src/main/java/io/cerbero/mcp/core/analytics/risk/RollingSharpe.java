package io.cerbero.mcp.core.analytics.risk;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * Rolling annualised Sharpe ratio of periodic returns:
 * {@code (mean(r - rf) / std(r)) * sqrt(periodsPerYear)} with sample std (n-1) over each window.
 * The first value belongs to return {@code window - 1} (the first full window); {@code n - window + 1} values.
 * A window with zero dispersion has no Sharpe ratio and is rejected (naming the window).
 */
public final class RollingSharpe {

    private RollingSharpe() {
    }

    public static Series compute(double[] returns, int window, double periodsPerYear, double riskFreePerPeriod) {
        Inputs.requirePeriod("window", window, 2);
        Inputs.requirePositive("periodsPerYear", periodsPerYear);
        Inputs.requireFinite("riskFreePerPeriod", riskFreePerPeriod);
        Inputs.requireSeries("returns", returns, window, "a rolling Sharpe over " + window);
        double ann = Math.sqrt(periodsPerYear);
        double[] out = new double[returns.length - window + 1];
        for (int k = 0; k < out.length; k++) {
            double m = 0;
            boolean flat = true;
            for (int i = k; i < k + window; i++) {
                m += returns[i];
                flat &= returns[i] == returns[k];
            }
            m /= window;
            double ss = 0;
            for (int i = k; i < k + window; i++) {
                double d = returns[i] - m;
                ss += d * d;
            }
            double sd = Math.sqrt(ss / (window - 1));
            // test exact flatness: the rounded mean of equal values can leave a ~1e-18 "std"
            if (flat || sd == 0) {
                throw new AnalyticsInputException("returns", "returns are constant in the window ending at index "
                        + (k + window - 1) + "; Sharpe ratio is undefined");
            }
            out[k] = (m - riskFreePerPeriod) / sd * ann;
        }
        return new Series(window - 1, out);
    }
}
