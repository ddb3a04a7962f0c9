package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;

/** Validation and true range shared by the high/low/close indicators. */
final class Bars {

    private Bars() {
    }

    static void validate(double[] highs, double[] lows, double[] closes, int min, String what) {
        Inputs.requirePositiveSeries("highs", highs, min, what);
        Inputs.requirePositiveSeries("lows", lows, min, what);
        Inputs.requirePositiveSeries("closes", closes, min, what);
        Inputs.requireSameLength("lows", lows, "highs", highs);
        Inputs.requireSameLength("closes", closes, "highs", highs);
        for (int i = 0; i < highs.length; i++) {
            if (lows[i] > highs[i]) {
                throw new AnalyticsInputException("lows", "low " + lows[i] + " above high " + highs[i] + " at index " + i);
            }
        }
    }

    /** True range of bar {@code i >= 1}. */
    static double trueRange(double[] h, double[] l, double[] c, int i) {
        double prev = c[i - 1];
        double tr = h[i] - l[i];
        double a = Math.abs(h[i] - prev);
        double b = Math.abs(l[i] - prev);
        return Math.max(tr, Math.max(a, b));
    }
}
