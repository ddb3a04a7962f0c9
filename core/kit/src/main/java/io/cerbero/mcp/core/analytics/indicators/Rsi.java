package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * Relative Strength Index with Wilder smoothing: the first average gain/loss is the simple mean of the
 * first {@code period} changes, then {@code avg = (avg * (period - 1) + x) / period}.
 * The first value belongs to bar {@code period} (the first {@code period} changes); {@code n - period} values.
 * A window with neither gains nor losses (flat start of a non-constant series) is reported as the
 * neutral 50; a wholly constant series is rejected because RSI is undefined.
 */
public final class Rsi {

    private Rsi() {
    }

    public static Series compute(double[] closes, int period) {
        Inputs.requirePeriod("period", period, 1);
        Inputs.requireSeries("closes", closes, period + 1, "RSI(" + period + ")");
        Inputs.requireNotConstant("closes", closes, "RSI");
        int n = closes.length;
        double[] out = new double[n - period];
        double gain = 0;
        double loss = 0;
        for (int i = 1; i <= period; i++) {
            double d = closes[i] - closes[i - 1];
            if (d > 0) {
                gain += d;
            } else {
                loss -= d;
            }
        }
        gain /= period;
        loss /= period;
        out[0] = rsi(gain, loss);
        double keep = period - 1;
        for (int i = period + 1; i < n; i++) {
            double d = closes[i] - closes[i - 1];
            gain = (gain * keep + (d > 0 ? d : 0)) / period;
            loss = (loss * keep + (d < 0 ? -d : 0)) / period;
            out[i - period] = rsi(gain, loss);
        }
        return new Series(period, out);
    }

    /** Whether RSI is defined at all: the closes are not all equal. */
    static boolean defined(double[] closes) {
        for (double c : closes) {
            if (c != closes[0]) {
                return true;
            }
        }
        return false;
    }

    private static double rsi(double gain, double loss) {
        double total = gain + loss;
        // 100 * gain / (gain + loss) == 100 - 100 / (1 + RS), without the division by a zero loss.
        return total == 0 ? 50.0 : 100.0 * gain / total;
    }
}
