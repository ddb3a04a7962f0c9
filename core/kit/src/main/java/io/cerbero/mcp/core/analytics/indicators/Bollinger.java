package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * Bollinger bands: SMA(period) plus/minus {@code k} population standard deviations (divisor
 * {@code period}, Bollinger's and TA-Lib's definition). The first bands belong to bar {@code period - 1};
 * {@code n - period + 1} values.
 * A constant window gives zero-width bands (defined, so not rejected).
 *
 * <p>O(n): the window mean and sum of squared deviations slide with a Welford-style update on values
 * shifted by a nearby close, and are recomputed with a two-pass sum every {@code period} outputs and
 * whenever the window's squared deviation falls below 1e-4 of its largest value since the last
 * recomputation (so a window that narrows sharply, or goes flat, is as accurate as the two-pass
 * formula: a constant window still gives exactly zero width).
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
        double shift = 0;  // values are taken relative to a close of the window: small means, small rounding
        double mean = 0;   // mean of (x - shift) over the window
        double m2 = 0;     // sum of squared deviations from the window mean
        double m2Max = 0;  // largest m2 since the last two-pass window
        for (int j = 0; j < len; j++) {
            boolean fresh = j % period == 0;
            if (!fresh) {
                // Welford-style sliding update (x_out leaves, x_in enters): works on deviations from the
                // mean, never on sum(x^2) - n mean^2
                double out = closes[j - 1] - shift;
                double in = closes[j + period - 1] - shift;
                double newMean = mean + (in - out) / period;
                m2 += (in - out) * (in - newMean + out - mean);
                mean = newMean;
                // the update's rounding is relative to the widest window since the last two-pass one: if
                // the window has become much narrower (a spike left, or it went flat), start afresh
                fresh = m2 < 1e-4 * m2Max;
                m2Max = Math.max(m2Max, m2);
            }
            if (fresh) {
                // two-pass window every `period` steps (O(n) overall) and on collapse: rounding cannot accumulate
                shift = closes[j];
                double s = 0;
                for (int i = j; i < j + period; i++) {
                    s += closes[i] - shift;
                }
                mean = s / period;
                m2 = 0;
                for (int i = j; i < j + period; i++) {
                    double d = closes[i] - shift - mean;
                    m2 += d * d;
                }
                m2Max = m2;
            }
            double sd = Math.sqrt(m2 / period);
            double centre = shift + mean;
            mid[j] = centre;
            up[j] = centre + k * sd;
            lo[j] = centre - k * sd;
        }
        int first = period - 1;
        return new BollingerBands(new Series(first, up), new Series(first, mid), new Series(first, lo));
    }
}
