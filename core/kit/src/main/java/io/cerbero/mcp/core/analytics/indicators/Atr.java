package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * Average True Range (Wilder). True range starts at bar 1 (it needs the previous close); the first ATR
 * is the mean of TR[1..period], then {@code atr = (atr * (period - 1) + tr) / period}.
 * The first value belongs to bar {@code period}; {@code n - period} values.
 */
public final class Atr {

    private Atr() {
    }

    public static Series compute(double[] highs, double[] lows, double[] closes, int period) {
        Inputs.requirePeriod("period", period, 1);
        Bars.validate(highs, lows, closes, period + 1, "ATR(" + period + ")");
        int n = closes.length;
        double[] out = new double[n - period];
        double atr = 0;
        for (int i = 1; i <= period; i++) {
            atr += Bars.trueRange(highs, lows, closes, i);
        }
        atr /= period;
        out[0] = atr;
        for (int i = period + 1; i < n; i++) {
            atr = (atr * (period - 1) + Bars.trueRange(highs, lows, closes, i)) / period;
            out[i - period] = atr;
        }
        return new Series(period, out);
    }
}
