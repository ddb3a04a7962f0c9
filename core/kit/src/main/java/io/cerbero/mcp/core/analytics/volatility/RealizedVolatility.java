package io.cerbero.mcp.core.analytics.volatility;

import io.cerbero.mcp.core.analytics.Inputs;

/**
 * Realized volatility, annualised by {@code sqrt(periodsPerYear)} (e.g. 365 for daily crypto bars,
 * 252 for equities). Close-to-close: sample standard deviation (n-1) of log returns. Parkinson (1980):
 * {@code sqrt(sum(ln(H/L)^2) / (4 n ln 2))}, which uses the intrabar range and is ~5x more efficient for
 * a driftless diffusion. A constant series has zero realized vol (defined, so not rejected).
 */
public final class RealizedVolatility {

    private RealizedVolatility() {
    }

    public static double closeToClose(double[] closes, double periodsPerYear) {
        Inputs.requirePositive("periodsPerYear", periodsPerYear);
        Inputs.requirePositiveSeries("closes", closes, 3, "close-to-close volatility");
        return Math.sqrt(sampleVariance(Inputs.logReturns("closes", closes), 0, closes.length - 1) * periodsPerYear);
    }

    public static double parkinson(double[] highs, double[] lows, double periodsPerYear) {
        Inputs.requirePositive("periodsPerYear", periodsPerYear);
        Inputs.requirePositiveSeries("highs", highs, 1, "Parkinson volatility");
        Inputs.requirePositiveSeries("lows", lows, 1, "Parkinson volatility");
        Inputs.requireSameLength("lows", lows, "highs", highs);
        double s = 0;
        for (int i = 0; i < highs.length; i++) {
            if (lows[i] > highs[i]) {
                throw new io.cerbero.mcp.core.analytics.AnalyticsInputException("lows",
                        "low " + lows[i] + " above high " + highs[i] + " at index " + i);
            }
            double hl = Math.log(highs[i] / lows[i]);
            s += hl * hl;
        }
        return Math.sqrt(s / (4.0 * highs.length * Math.log(2.0)) * periodsPerYear);
    }

    /** Unbiased variance of {@code x[from .. from+len)} (two-pass). */
    static double sampleVariance(double[] x, int from, int len) {
        double m = 0;
        for (int i = from; i < from + len; i++) {
            m += x[i];
        }
        m /= len;
        double ss = 0;
        for (int i = from; i < from + len; i++) {
            double d = x[i] - m;
            ss += d * d;
        }
        return ss / (len - 1);
    }
}
