package io.cerbero.mcp.core.analytics.stats;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * MacKinnon response surfaces for Dickey–Fuller / Engle–Granger tests.
 * P-values: MacKinnon, J.G. (1994), "Approximate Asymptotic Distribution Functions for Unit-Root and
 * Cointegration Tests", JBES 12(2), 167-176 — {@code p = Phi(sum c_i tau^i)} with separate small- and
 * large-p polynomials, clipped to 0/1 outside [tau_min, tau_max].
 * Critical values: MacKinnon (2010), "Critical Values for Cointegration Tests", Queen's Economics
 * Working Paper 1227 — {@code cv = b0 + b1/T + b2/T^2 + b3/T^3}.
 * Tables are indexed by N (number of I(1) series, 1..6), for the regression with constant ("c") and,
 * for p-values, without ("n").
 */
public final class MacKinnon {

    /** Deterministic terms in the test regression. */
    public enum Trend { NONE, CONSTANT }

    private static final NormalDistribution STD_NORMAL = new NormalDistribution(0, 1);

    // ---- 1994 p-value surfaces -------------------------------------------------------------------
    private static final double[] TAU_STAR_N = {-1.04, -1.53, -2.68, -3.09, -3.07, -3.77};
    private static final double[] TAU_MIN_N = {-19.04, -19.62, -21.21, -23.25, -21.63, -25.74};
    private static final double[] TAU_MAX_N = {Double.POSITIVE_INFINITY, 1.51, 0.86, 0.88, 1.05, 1.24};
    private static final double[] TAU_STAR_C = {-1.61, -2.62, -3.13, -3.47, -3.78, -3.93};
    private static final double[] TAU_MIN_C = {-18.83, -18.86, -23.48, -28.07, -25.96, -23.27};
    private static final double[] TAU_MAX_C = {2.74, 0.92, 0.55, 0.61, 0.79, 1};

    // small-p: c0, c1, c2 * 1e-2
    private static final double[][] SMALLP_N = {
        {0.6344, 1.2378, 3.2496e-2}, {1.9129, 1.3857, 3.5322e-2}, {2.7648, 1.4502, 3.4186e-2},
        {3.4336, 1.4835, 3.19e-2}, {4.0999, 1.5533, 3.59e-2}, {4.5388, 1.5344, 2.9807e-2}};
    private static final double[][] SMALLP_C = {
        {2.1659, 1.4412, 3.8269e-2}, {2.92, 1.5012, 3.9796e-2}, {3.4699, 1.4856, 3.164e-2},
        {3.9673, 1.4777, 2.6315e-2}, {4.5509, 1.5338, 2.9545e-2}, {5.1399, 1.6036, 3.4445e-2}};
    // large-p: c0, c1 * 1e-1, c2 * 1e-1, c3 * 1e-2
    private static final double[][] LARGEP_N = {
        {0.4797, 0.93557, -0.06999, 0.033066}, {1.5578, 0.8558, -0.2083, -0.033549},
        {2.2268, 0.68093, -0.32362, -0.054448}, {2.7654, 0.64502, -0.30811, -0.044946},
        {3.2684, 0.68051, -0.26778, -0.034972}, {3.7268, 0.7167, -0.23648, -0.028288}};
    private static final double[][] LARGEP_C = {
        {1.7339, 0.93202, -0.12745, -0.010368}, {2.1945, 0.64695, -0.29198, -0.042377},
        {2.5893, 0.45168, -0.36529, -0.050074}, {3.0387, 0.45452, -0.33666, -0.041921},
        {3.5049, 0.52098, -0.29158, -0.033468}, {3.9489, 0.58933, -0.25359, -0.02721}};

    // ---- 2010 critical values, constant case: [N-1][1%, 5%, 10%][b0..b3] ------------------------------
    private static final double[][][] CRIT_C = {
        {{-3.43035, -6.5393, -16.786, -79.433}, {-2.86154, -2.8903, -4.234, -40.040}, {-2.56677, -1.5384, -2.809, 0}},
        {{-3.89644, -10.9519, -33.527, 0}, {-3.33613, -6.1101, -6.823, 0}, {-3.04445, -4.2412, -2.720, 0}},
        {{-4.29374, -14.4354, -33.195, 47.433}, {-3.74066, -8.5632, -10.852, 27.982}, {-3.45218, -6.2143, -3.718, 0}},
        {{-4.64332, -18.1031, -37.972, 0}, {-4.09600, -11.2349, -11.175, 0}, {-3.81020, -8.3931, -4.137, 0}},
        {{-4.95756, -21.8883, -45.142, 0}, {-4.41519, -14.0405, -12.575, 0}, {-4.13157, -10.7417, -3.784, 0}},
        {{-5.24568, -25.6688, -57.737, 88.639}, {-4.70693, -16.9178, -17.492, 60.007}, {-4.42501, -13.1875, -5.104, 27.877}}};
    // no-constant case (MacKinnon 1996, only N = 1 published)
    private static final double[][] CRIT_N1 = {
        {-2.56574, -2.2358, -3.627, 0}, {-1.94100, -0.2686, -3.365, 31.223}, {-1.61682, 0.2656, -2.714, 25.364}};

    private MacKinnon() {
    }

    /** Approximate asymptotic p-value of a (A)DF / Engle–Granger tau statistic. */
    public static double pValue(double tau, Trend trend, int n) {
        checkN(n);
        boolean c = trend == Trend.CONSTANT;
        double max = (c ? TAU_MAX_C : TAU_MAX_N)[n - 1];
        double min = (c ? TAU_MIN_C : TAU_MIN_N)[n - 1];
        double star = (c ? TAU_STAR_C : TAU_STAR_N)[n - 1];
        if (tau > max) {
            return 1.0;
        }
        if (tau < min) {
            return 0.0;
        }
        double[] coef = tau <= star ? (c ? SMALLP_C : SMALLP_N)[n - 1] : (c ? LARGEP_C : LARGEP_N)[n - 1];
        double z = 0;
        for (int i = coef.length - 1; i >= 0; i--) {
            z = z * tau + coef[i];
        }
        return STD_NORMAL.cumulativeProbability(z);
    }

    /** 1%, 5%, 10% critical values for sample size {@code nobs}. */
    public static double[] criticalValues(Trend trend, int n, int nobs) {
        checkN(n);
        double[][] rows;
        if (trend == Trend.CONSTANT) {
            rows = CRIT_C[n - 1];
        } else if (n == 1) {
            rows = CRIT_N1;
        } else {
            throw new AnalyticsInputException("trend", "critical values without constant exist only for N = 1");
        }
        double inv = 1.0 / nobs;
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double[] b = rows[k];
            out[k] = b[0] + inv * (b[1] + inv * (b[2] + inv * b[3]));
        }
        return out;
    }

    private static void checkN(int n) {
        if (n < 1 || n > 6) {
            throw new AnalyticsInputException("n", "MacKinnon tables cover 1..6 series, got " + n);
        }
    }
}
