package io.cerbero.mcp.core.analytics.indicators;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import io.cerbero.mcp.core.analytics.Series;

/**
 * Wilder's Average Directional Index. TR, +DM and -DM start at bar 1 and are Wilder-smoothed in sum form
 * (first value = sum of the first {@code period}, then {@code s = s - s / period + x}); +DI/-DI are
 * {@code 100 * sDM / sTR}; DX = {@code 100 |+DI - -DI| / (+DI + -DI)}; ADX is the mean of the first
 * {@code period} DX values, then Wilder-smoothed. The sum form is Wilder's mean form times {@code period}, so DI
 * equals that of a mean-seeded smoothing. The series cover the bars where ADX is defined (DI cut to the same
 * bars): the first is bar {@code 2 * period - 1}, {@code n - 2 * period + 1} values.
 * A window without any range gives DI = 0 and DX = 0; a series whose bars never move is rejected.
 */
public final class Adx {

    private Adx() {
    }

    public static AdxSeries compute(double[] highs, double[] lows, double[] closes, int period) {
        Inputs.requirePeriod("period", period, 1);
        Bars.validate(highs, lows, closes, 2 * period, "ADX(" + period + ")");
        int n = closes.length;
        if (!defined(highs, lows, closes)) {
            throw new AnalyticsInputException("closes", "bars never move (zero true range); ADX is undefined");
        }
        double sTr = 0;
        double sPlus = 0;
        double sMinus = 0;
        for (int i = 1; i <= period; i++) {
            sTr += Bars.trueRange(highs, lows, closes, i);
            sPlus += plusDm(highs, lows, i);
            sMinus += minusDm(highs, lows, i);
        }
        int len = n - 2 * period + 1;
        double[] adx = new double[len];
        double[] pdi = new double[len];
        double[] mdi = new double[len];
        // bar index `period` has the first DI; ADX needs `period` DX values -> first ADX at 2*period-1
        double dxSum = 0;
        double adxValue = 0;
        for (int i = period; i < n; i++) {
            if (i > period) {
                sTr = sTr - sTr / period + Bars.trueRange(highs, lows, closes, i);
                sPlus = sPlus - sPlus / period + plusDm(highs, lows, i);
                sMinus = sMinus - sMinus / period + minusDm(highs, lows, i);
            }
            double p = sTr > 0 ? 100.0 * sPlus / sTr : 0;
            double m = sTr > 0 ? 100.0 * sMinus / sTr : 0;
            double sum = p + m;
            double dx = sum > 0 ? 100.0 * Math.abs(p - m) / sum : 0;
            int j = i - period; // DX index
            if (j < period) {
                dxSum += dx;
                if (j == period - 1) {
                    adxValue = dxSum / period;
                }
            } else {
                adxValue = (adxValue * (period - 1) + dx) / period;
            }
            if (j >= period - 1) {
                int k = j - (period - 1);
                adx[k] = adxValue;
                pdi[k] = p;
                mdi[k] = m;
            }
        }
        int first = 2 * period - 1;
        return new AdxSeries(new Series(first, adx), new Series(first, pdi), new Series(first, mdi));
    }

    /** Whether ADX is defined at all: some bar after the first has a non-zero true range. */
    static boolean defined(double[] highs, double[] lows, double[] closes) {
        for (int i = 1; i < closes.length; i++) {
            if (Bars.trueRange(highs, lows, closes, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double plusDm(double[] h, double[] l, int i) {
        double up = h[i] - h[i - 1];
        double down = l[i - 1] - l[i];
        return up > down && up > 0 ? up : 0;
    }

    private static double minusDm(double[] h, double[] l, int i) {
        double up = h[i] - h[i - 1];
        double down = l[i - 1] - l[i];
        return down > up && down > 0 ? down : 0;
    }
}
