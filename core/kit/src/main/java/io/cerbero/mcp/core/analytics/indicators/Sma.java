package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * Simple moving average. The first value is the mean of the first {@code period} values and belongs to bar
 * {@code period - 1}; {@code n - period + 1} values.
 */
public final class Sma {

    private Sma() {
    }

    public static Series compute(double[] values, int period) {
        Inputs.requirePeriod("period", period, 1);
        Inputs.requireSeries("values", values, period, "SMA(" + period + ")");
        return new Series(period - 1, unchecked(values, period));
    }

    /** Rolling sum, recomputed from scratch every {@code period} steps so rounding drift stays bounded. */
    static double[] unchecked(double[] x, int period) {
        int n = x.length;
        double[] out = new double[n - period + 1];
        double sum = 0;
        for (int i = 0; i < period; i++) {
            sum += x[i];
        }
        out[0] = sum / period;
        for (int i = period; i < n; i++) {
            int k = i - period + 1;
            if (k % period == 0) {
                sum = 0;
                for (int j = k; j <= i; j++) {
                    sum += x[j];
                }
            } else {
                sum += x[i] - x[i - period];
            }
            out[k] = sum / period;
        }
        return out;
    }
}
