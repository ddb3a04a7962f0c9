package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Inputs;

/**
 * Bollinger bands: SMA(period) plus/minus {@code k} population standard deviations (divisor
 * {@code period}, Bollinger's and TA-Lib's definition). Output length {@code n - period + 1}.
 * A constant window gives zero-width bands (defined, so not rejected).
 */
public final class Bollinger {

    private Bollinger() {
    }

    public static BollingerBands compute(double[] closes) {
        return compute(closes, 20, 2.0);
    }

    public static BollingerBands compute(double[] closes, int period, double k) {
        Inputs.requirePeriod("period", period, 2);
        Inputs.requirePositive("k", k);
        Inputs.requireSeries("closes", closes, period, "Bollinger(" + period + ")");
        int len = closes.length - period + 1;
        double[] up = new double[len];
        double[] mid = new double[len];
        double[] lo = new double[len];
        for (int j = 0; j < len; j++) {
            // two-pass per window: numerically safer than sum/sum-of-squares, still O(n*period) << 1 ms for 10k bars
            double s = 0;
            for (int i = j; i < j + period; i++) {
                s += closes[i];
            }
            double mean = s / period;
            double ss = 0;
            for (int i = j; i < j + period; i++) {
                double d = closes[i] - mean;
                ss += d * d;
            }
            double sd = Math.sqrt(ss / period);
            mid[j] = mean;
            up[j] = mean + k * sd;
            lo[j] = mean - k * sd;
        }
        return new BollingerBands(up, mid, lo);
    }
}
