package io.cerbero.mcp.core.analytics.stats;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Augmented Dickey–Fuller test: OLS of {@code dx[t]} on {@code x[t-1]}, {@code p} lagged differences and
 * optionally a constant; the statistic is the t-value of the level coefficient.
 *
 * <p>Lag selection follows statsmodels {@code adfuller(autolag="AIC")} so results are comparable:
 * {@code maxLag = min(ceil(12 (n/100)^(1/4)), n/2 - k - 1)}; every lag 0..maxLag is fitted on the same
 * sample, the minimum-AIC lag is refitted on its full sample. Regressions use Hipparchus
 * {@link QRDecomposition}.
 */
public final class Adf {

    private Adf() {
    }

    /** ADF with automatic (AIC) lag selection. */
    public static AdfResult test(double[] x, MacKinnon.Trend trend) {
        Inputs.requireSeries("series", x, 10, "an ADF test");
        Inputs.requireNotConstant("series", x, "the ADF statistic");
        int ntrend = trend == MacKinnon.Trend.CONSTANT ? 1 : 0;
        int n = x.length;
        int maxLag = (int) Math.ceil(12.0 * Math.pow(n / 100.0, 0.25));
        maxLag = Math.min(n / 2 - ntrend - 1, maxLag);
        if (maxLag < 0) {
            throw new AnalyticsInputException("series", "too short for an ADF test: " + n + " values");
        }
        double[] dx = diff(x);
        int nobsCommon = dx.length - maxLag;
        int bestLag = 0;
        double bestAic = Double.POSITIVE_INFINITY;
        for (int lag = 0; lag <= maxLag; lag++) {
            Ols fit = regress(x, dx, lag, nobsCommon, ntrend);
            double aic = fit.aic();
            if (aic < bestAic) { // strict: ties keep the smaller lag, as statsmodels' min over (aic, lag)
                bestAic = aic;
                bestLag = lag;
            }
        }
        return test(x, trend, bestLag, ntrend, 1);
    }

    /** ADF with a fixed number of lagged differences. */
    public static AdfResult test(double[] x, MacKinnon.Trend trend, int lags) {
        Inputs.requireSeries("series", x, 10, "an ADF test");
        Inputs.requireNotConstant("series", x, "the ADF statistic");
        int ntrend = trend == MacKinnon.Trend.CONSTANT ? 1 : 0;
        if (lags < 0 || lags > x.length / 2 - ntrend - 1) {
            throw new AnalyticsInputException("lags", "must be in 0.." + (x.length / 2 - ntrend - 1) + ", got " + lags);
        }
        return test(x, trend, lags, ntrend, 1);
    }

    /** Test on residuals of a cointegrating regression: p-value and critical values for {@code nSeries}. */
    static AdfResult residualTest(double[] resid, int nSeries) {
        AdfResult r = test(resid, MacKinnon.Trend.NONE);
        double p = MacKinnon.pValue(r.statistic(), MacKinnon.Trend.CONSTANT, nSeries);
        double[] cv = MacKinnon.criticalValues(MacKinnon.Trend.CONSTANT, nSeries, resid.length - 1);
        return new AdfResult(r.statistic(), p, r.usedLag(), r.nobs(), cv);
    }

    private static AdfResult test(double[] x, MacKinnon.Trend trend, int lag, int ntrend, int nSeries) {
        double[] dx = diff(x);
        int nobs = dx.length - lag;
        Ols fit = regress(x, dx, lag, nobs, ntrend);
        double tau = Inputs.finiteResult("series", fit.tLevel(), "ADF statistic");
        return new AdfResult(tau, MacKinnon.pValue(tau, trend, nSeries), lag, nobs,
                MacKinnon.criticalValues(trend, nSeries, nobs));
    }

    private static double[] diff(double[] x) {
        double[] d = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            d[i - 1] = x[i] - x[i - 1];
        }
        return d;
    }

    /**
     * Regression on the last {@code nobs} rows: dx[t] ~ x[t], dx[t-1..t-lag] (+ constant),
     * for t = dx.length - nobs .. dx.length - 1.
     */
    private static Ols regress(double[] x, double[] dx, int lag, int nobs, int ntrend) {
        int k = 1 + lag + ntrend;
        if (nobs <= k) {
            throw new AnalyticsInputException("series", "too short for ADF with " + lag + " lags");
        }
        double[][] design = new double[nobs][k];
        double[] y = new double[nobs];
        int start = dx.length - nobs;
        for (int r = 0; r < nobs; r++) {
            int t = start + r;
            y[r] = dx[t];
            design[r][0] = x[t];
            for (int j = 1; j <= lag; j++) {
                design[r][j] = dx[t - j];
            }
            if (ntrend == 1) {
                design[r][k - 1] = 1.0;
            }
        }
        return Ols.fit(design, y);
    }

    /** Minimal OLS (QR) exposing what the tests need: t-value of the first coefficient, SSR, AIC. */
    record Ols(double[] beta, double tLevel, double ssr, int nobs, int k) {

        static Ols fit(double[][] design, double[] y) {
            RealMatrix xm = MatrixUtils.createRealMatrix(design);
            RealVector yv = MatrixUtils.createRealVector(y);
            try {
                QRDecomposition qr = new QRDecomposition(xm, 1e-12);
                RealVector b = qr.getSolver().solve(yv);
                RealVector res = yv.subtract(xm.operate(b));
                double ssr = res.dotProduct(res);
                int n = y.length;
                int k = design[0].length;
                RealMatrix r = qr.getR().getSubMatrix(0, k - 1, 0, k - 1);
                RealMatrix rInv = MatrixUtils.inverse(r);
                double xtxInv00 = rInv.getRowVector(0).dotProduct(rInv.getRowVector(0));
                double se = Math.sqrt(ssr / (n - k) * xtxInv00);
                return new Ols(b.toArray(), b.getEntry(0) / se, ssr, n, k);
            } catch (MathIllegalArgumentException e) {
                throw new AnalyticsInputException("series", "regression is singular (" + e.getMessage() + ")");
            }
        }

        double aic() {
            double llf = -nobs / 2.0 * (Math.log(2 * Math.PI) + Math.log(ssr / nobs) + 1);
            return -2 * llf + 2 * k;
        }
    }
}
