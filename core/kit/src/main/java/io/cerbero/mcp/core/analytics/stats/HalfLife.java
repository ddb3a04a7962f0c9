package io.cerbero.mcp.core.analytics.stats;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * Half-life of mean reversion (Ornstein–Uhlenbeck discretisation): OLS of {@code y[t] - y[t-1]} on
 * {@code y[t-1]} with intercept (Hipparchus {@link SimpleRegression}); {@code halfLife = -ln 2 / slope}.
 * A slope {@code >= 0} means no mean reversion, so the half-life is undefined and rejected.
 */
public final class HalfLife {

    private HalfLife() {
    }

    public static HalfLifeResult of(double[] series) {
        Inputs.requireSeries("series", series, 3, "a half-life");
        Inputs.requireNotConstant("series", series, "the half-life");
        SimpleRegression reg = new SimpleRegression(true);
        for (int t = 1; t < series.length; t++) {
            reg.addData(series[t - 1], series[t] - series[t - 1]);
        }
        double slope = reg.getSlope();
        if (!Double.isFinite(slope)) {
            throw new AnalyticsInputException("series", "regression of changes on levels is degenerate");
        }
        if (slope >= 0) {
            throw new AnalyticsInputException("series", "not mean-reverting (slope " + slope + " >= 0); half-life is undefined");
        }
        return new HalfLifeResult(-Math.log(2) / slope, slope, reg.getIntercept());
    }
}
