package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * MACD: {@code EMA(fast) - EMA(slow)} of the closes, its {@code EMA(signal)} and the histogram
 * (macd - signal). Every EMA is SMA-seeded ({@link Ema}): the fast and slow ones on the first {@code fast} and
 * {@code slow} closes (bars {@code fast - 1} and {@code slow - 1}), the signal on the first {@code signal} MACD
 * values. The series cover only bars where the signal is defined: the first is bar {@code slow + signal - 2},
 * {@code n - slow - signal + 2} values.
 */
public final class Macd {

    private Macd() {
    }

    public static MacdSeries compute(double[] closes) {
        return compute(closes, 12, 26, 9);
    }

    public static MacdSeries compute(double[] closes, int fast, int slow, int signal) {
        Inputs.requirePeriod("fast", fast, 1);
        Inputs.requirePeriod("signal", signal, 1);
        if (slow <= fast) {
            throw new AnalyticsInputException("slow", "must be greater than fast (" + fast + "), got " + slow);
        }
        int need = slow + signal - 1;
        Inputs.requireSeries("closes", closes, need,
                "MACD(" + fast + "," + slow + "," + signal + ")");
        double[] emaFast = Ema.unchecked(closes, 0, fast);
        double[] emaSlow = Ema.unchecked(closes, 0, slow);
        int m = emaSlow.length;
        int shift = emaFast.length - m;
        double[] line = new double[m];
        for (int i = 0; i < m; i++) {
            line[i] = emaFast[i + shift] - emaSlow[i];
        }
        double[] sig = Ema.unchecked(line, 0, signal);
        int k = sig.length;
        double[] macd = new double[k];
        double[] hist = new double[k];
        int off = m - k;
        for (int i = 0; i < k; i++) {
            macd[i] = line[i + off];
            hist[i] = macd[i] - sig[i];
        }
        int first = closes.length - k;
        return new MacdSeries(new Series(first, macd), new Series(first, sig), new Series(first, hist));
    }
}
