package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.stats.CointegrationResult;
import io.cerbero.mcp.core.analytics.stats.EngleGranger;
import io.cerbero.mcp.core.analytics.stats.HalfLife;
import io.cerbero.mcp.plugin.sentiment.client.ClosePrice;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetCointegrationPairsTool.Pair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise Engle–Granger over close series: each pair is tested on the bars both series share, in log prices
 * (the hedge ratio is then a ratio of percentage moves), and ranked by p-value. The half-life is that of the
 * residual spread, in bars.
 */
final class CointegrationRanking {
    /** Engle–Granger in the analytics library needs 20 points; fewer common bars make a pair untestable. */
    static final int MIN_COMMON_BARS = 30;

    private CointegrationRanking() {
    }

    /** Every pair {@code (series[i], series[j])} with i before j, ranked: lowest p-value first, untestable last. */
    static List<Pair> rank(Map<String, List<ClosePrice>> series) {
        List<String> names = new ArrayList<>(series.keySet());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                pairs.add(test(names.get(i), series.get(names.get(i)), names.get(j), series.get(names.get(j))));
            }
        }
        pairs.sort(Comparator.comparing(Pair::pValue, Comparator.nullsLast(Comparator.naturalOrder())));
        return pairs;
    }

    static Pair test(String yName, List<ClosePrice> yCloses, String xName, List<ClosePrice> xCloses) {
        Map<Instant, Double> x = new LinkedHashMap<>();
        xCloses.forEach(c -> x.put(c.openTime(), c.close().doubleValue()));
        List<double[]> common = new ArrayList<>();
        for (ClosePrice c : yCloses) {
            Double other = x.get(c.openTime());
            if (other != null && other > 0 && c.close().signum() > 0) {
                common.add(new double[] {Math.log(c.close().doubleValue()), Math.log(other)});
            }
        }
        if (common.size() < MIN_COMMON_BARS) {
            return untested(yName, xName, common.size(), "only " + common.size() + " bars in common; need "
                    + MIN_COMMON_BARS);
        }
        double[] ys = common.stream().mapToDouble(p -> p[0]).toArray();
        double[] xs = common.stream().mapToDouble(p -> p[1]).toArray();
        CointegrationResult eg;
        try {
            eg = EngleGranger.test(ys, xs);
        } catch (AnalyticsInputException e) {
            return untested(yName, xName, common.size(), "not testable: " + e.getMessage());
        }
        Double halfLife = null;
        String note = null;
        try {
            halfLife = HalfLife.of(eg.residuals()).halfLife();
        } catch (AnalyticsInputException e) {
            note = "the spread does not mean-revert: no half-life";
        }
        double[] critical = eg.criticalValues();
        return new Pair(yName, xName, common.size(), finite(eg.pValue()), finite(eg.statistic()),
                List.of(critical[0], critical[1], critical[2]), finite(eg.hedgeRatio()), finite(eg.intercept()),
                halfLife == null ? null : finite(halfLife), eg.statistic() < critical[1], note);
    }

    private static Pair untested(String y, String x, int bars, String note) {
        return new Pair(y, x, bars, null, null, null, null, null, null, null, note);
    }

    /** JSON has no NaN: a non-finite statistic is reported as absent. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
