package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;

/**
 * MACD: {@code EMA(fast) - EMA(slow)} of the closes, its {@code EMA(signal)} and the histogram
 * (macd - signal). EMAs are SMA-seeded ({@link Ema}). The returned arrays cover only bars where the
 * signal is defined: length {@code n - slow - signal + 2}.
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
        return new MacdSeries(macd, sig, hist);
    }
}
