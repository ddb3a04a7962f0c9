package io.cerbero.mcp.core.analytics.volatility;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;

/**
 * IV rank and IV percentile. The last element of {@code ivHistory} is the current IV; the lookback
 * window is the last {@code lookback} values including it. IV rank is undefined when the window is flat.
 */
public final class IvRank {

    private IvRank() {
    }

    public static IvRankResult compute(double[] ivHistory, int lookback) {
        Inputs.requirePeriod("lookback", lookback, 2);
        Inputs.requirePositiveSeries("ivHistory", ivHistory, lookback, "IV rank over " + lookback);
        int from = ivHistory.length - lookback;
        double current = ivHistory[ivHistory.length - 1];
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int below = 0;
        for (int i = from; i < ivHistory.length; i++) {
            min = Math.min(min, ivHistory[i]);
            max = Math.max(max, ivHistory[i]);
            if (i < ivHistory.length - 1 && ivHistory[i] < current) {
                below++;
            }
        }
        if (max == min) {
            throw new AnalyticsInputException("ivHistory", "IV is constant over the lookback; IV rank is undefined");
        }
        return new IvRankResult(current, min, max, 100.0 * (current - min) / (max - min), 100.0 * below / (lookback - 1));
    }
}
