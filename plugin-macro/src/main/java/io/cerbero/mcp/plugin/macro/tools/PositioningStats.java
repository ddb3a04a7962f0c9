package io.cerbero.mcp.plugin.macro.tools;

import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

import java.util.List;

/**
 * Where the latest value of a series sits in its own history: percentile rank and z-score, computed with
 * Hipparchus (analytics in double; the positions themselves stay decimal).
 *
 * @param samples    values the statistics are over, the latest included
 * @param mean       mean of the samples
 * @param stdDev     sample standard deviation (n − 1)
 * @param percentile rank of the latest value among the samples, 0 (the lowest) to 100 (the highest), ties averaged
 * @param zScore     (latest − mean) / stdDev; NaN when every sample is equal
 */
record PositioningStats(int samples, double mean, double stdDev, double percentile, double zScore) {

    /**
     * @param oldestFirst the series, its latest value last; at least two values
     */
    static PositioningStats of(List<Double> oldestFirst) {
        if (oldestFirst.size() < 2) {
            throw new IllegalArgumentException("at least two values are needed");
        }
        double[] values = oldestFirst.stream().mapToDouble(Double::doubleValue).toArray();
        double latest = values[values.length - 1];
        DescriptiveStatistics stats = new DescriptiveStatistics(values);
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(values);
        double percentile = (ranks[ranks.length - 1] - 1) / (values.length - 1) * 100;
        double sd = stats.getStandardDeviation();
        double z = sd > 0 ? (latest - stats.getMean()) / sd : Double.NaN;
        return new PositioningStats(values.length, stats.getMean(), sd, percentile, z);
    }
}
