package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * Exponential moving average with {@code alpha = 2 / (period + 1)}, seeded with the SMA of the first
 * {@code period} values (TA-Lib / StockCharts convention). The seed belongs to bar {@code period - 1};
 * {@code n - period + 1} values.
 */
public final class Ema {

    private Ema() {
    }

    public static Series compute(double[] values, int period) {
        Inputs.requirePeriod("period", period, 1);
        Inputs.requireSeries("values", values, period, "EMA(" + period + ")");
        return new Series(period - 1, unchecked(values, 0, period));
    }

    /** EMA of {@code x[from..]}; output length {@code x.length - from - period + 1}. */
    static double[] unchecked(double[] x, int from, int period) {
        int n = x.length - from;
        double[] out = new double[n - period + 1];
        double alpha = 2.0 / (period + 1);
        double s = 0;
        for (int i = 0; i < period; i++) {
            s += x[from + i];
        }
        double ema = s / period;
        out[0] = ema;
        for (int i = period; i < n; i++) {
            ema += alpha * (x[from + i] - ema);
            out[i - period + 1] = ema;
        }
        return out;
    }
}
