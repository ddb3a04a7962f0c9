package io.cerbero.mcp.core.analytics.volatility;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Volatility cone: for each window (in returns), the rolling annualised close-to-close realized vol
 * over the whole history and its percentiles. Percentiles use Hipparchus {@link Percentile} with
 * estimation type R_7 (linear interpolation, the numpy/Excel default).
 */
public final class VolatilityCone {

    private VolatilityCone() {
    }

    /** {@code percentiles} in (0, 100], e.g. {10, 25, 50, 75, 90}. */
    public static List<ConeRow> compute(double[] closes, int[] windows, double[] percentiles, double periodsPerYear) {
        Inputs.requirePositive("periodsPerYear", periodsPerYear);
        if (windows == null || windows.length == 0) {
            throw new AnalyticsInputException("windows", "need at least one window");
        }
        Inputs.requireSeries("percentiles", percentiles, 1, "a volatility cone");
        for (double p : percentiles) {
            if (!(p > 0 && p <= 100)) {
                throw new AnalyticsInputException("percentiles", "each must be in (0, 100], got " + p);
            }
        }
        int maxWindow = 0;
        for (int w : windows) {
            Inputs.requirePeriod("windows", w, 2);
            maxWindow = Math.max(maxWindow, w);
        }
        Inputs.requirePositiveSeries("closes", closes, maxWindow + 2, "a volatility cone with window " + maxWindow);
        double[] r = Inputs.logReturns("closes", closes);
        List<ConeRow> rows = new ArrayList<>();
        for (int w : windows) {
            int m = r.length - w + 1;
            double[] vols = new double[m];
            for (int k = 0; k < m; k++) {
                vols[k] = Math.sqrt(RealizedVolatility.sampleVariance(r, k, w) * periodsPerYear);
            }
            Percentile est = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            est.setData(vols);
            double[] ps = new double[percentiles.length];
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (double v : vols) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            for (int i = 0; i < ps.length; i++) {
                ps[i] = est.evaluate(percentiles[i]);
            }
            rows.add(new ConeRow(w, min, max, ps, vols[m - 1]));
        }
        return List.copyOf(rows);
    }
}
