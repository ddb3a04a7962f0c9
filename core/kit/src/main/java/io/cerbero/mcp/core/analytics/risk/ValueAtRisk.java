package io.cerbero.mcp.core.analytics.risk;

import io.cerbero.mcp.core.analytics.Inputs;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * VaR and CVaR of a return series.
 * <ul>
 *   <li>Historical: {@code VaR = -q} with {@code q} the {@code (1 - confidence)} quantile (Hipparchus
 *   {@link Percentile}, R_7 = numpy's default linear interpolation); {@code CVaR = -mean(r | r <= q)}.</li>
 *   <li>Parametric (Gaussian): {@code VaR = -(mu + sigma z)}, {@code CVaR = -mu + sigma phi(z) / (1 - c)} with
 *   {@code z = Phi^-1(1 - c)}, sample mean and std (n-1), Hipparchus {@link NormalDistribution}.</li>
 * </ul>
 */
public final class ValueAtRisk {

    private static final NormalDistribution STD_NORMAL = new NormalDistribution(0, 1);

    private ValueAtRisk() {
    }

    public static RiskEstimate historical(double[] returns, double confidence) {
        Inputs.requireProbability("confidence", confidence);
        Inputs.requireSeries("returns", returns, 2, "historical VaR");
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        double q = p.evaluate(returns, 100 * (1 - confidence));
        double sum = 0;
        int count = 0;
        for (double r : returns) {
            if (r <= q) {
                sum += r;
                count++;
            }
        }
        // the interpolated quantile can sit above the minimum only, so count >= 1 always
        return new RiskEstimate(confidence, -q, -sum / count);
    }

    public static RiskEstimate parametric(double[] returns, double confidence) {
        Inputs.requireProbability("confidence", confidence);
        Inputs.requireSeries("returns", returns, 2, "parametric VaR");
        int n = returns.length;
        double m = 0;
        for (double r : returns) {
            m += r;
        }
        m /= n;
        double ss = 0;
        for (double r : returns) {
            ss += (r - m) * (r - m);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double z = STD_NORMAL.inverseCumulativeProbability(1 - confidence);
        double var = -(m + sd * z);
        double cvar = -m + sd * STD_NORMAL.density(z) / (1 - confidence);
        return new RiskEstimate(confidence, var, cvar);
    }
}
