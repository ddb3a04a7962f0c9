package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Dealer gamma exposure (GEX). Convention (the usual public "naive GEX"): dealers are long the calls
 * and short the puts customers trade, so a call contributes {@code +gamma} and a put {@code -gamma};
 * exposure is per 1% move: {@code gamma * OI * multiplier * S^2 * 0.01}. Gamma is Black–Scholes–Merton
 * with each option's own implied vol.
 *
 * <p>The spot-grid profile is the hot path (target: 1,000 options x 200 spots within 2 ms): per option
 * the constants of d1 and of {@code e^{-qT} / (sigma sqrt(T) sqrt(2 pi))} are precomputed once, and calls
 * and puts sharing strike, expiry and vol are merged into one term (same gamma). Each (term, spot) pair
 * then costs one multiply-add and one table-driven {@code exp} on an arbitrary grid, and two
 * multiplications on a log-spaced grid ({@link #logGrid}; detected automatically), where the Gaussian
 * term follows a multiplicative recurrence.
 */
public final class DealerGammaExposure {

    private DealerGammaExposure() {
    }

    /** GEX by strike at the current spot, ascending strikes. */
    public static List<StrikeGamma> byStrike(List<OptionQuote> quotes, Underlying underlying, double multiplier) {
        Chains.requireNonEmpty(quotes);
        Inputs.requirePositive("multiplier", multiplier);
        double s = underlying.spot();
        TreeMap<Double, double[]> acc = new TreeMap<>();
        for (OptionQuote q : quotes) {
            Greeks g = BlackScholes.greeksUnchecked(q.type(), s, q.strike(), q.yearsToExpiry(), underlying.rate(),
                    underlying.dividendYield(), q.iv());
            double gex = g.gamma() * q.openInterest() * multiplier * s * s * 0.01;
            double[] cp = acc.computeIfAbsent(q.strike(), k -> new double[2]);
            if (q.type() == OptionType.CALL) {
                cp[0] += gex;
            } else {
                cp[1] -= gex;
            }
        }
        List<StrikeGamma> out = new ArrayList<>(acc.size());
        acc.forEach((k, cp) -> out.add(new StrikeGamma(k, cp[0], cp[1], cp[0] + cp[1])));
        return List.copyOf(out);
    }

    /** Net GEX of the whole chain at each spot of {@code spotGrid} (strictly positive, ascending). */
    public static GammaProfile profile(List<OptionQuote> quotes, Underlying underlying, double[] spotGrid,
                                       double multiplier) {
        Chains.requireNonEmpty(quotes);
        Inputs.requirePositive("multiplier", multiplier);
        Inputs.requirePositiveSeries("spotGrid", spotGrid, 2, "a gamma profile");
        for (int j = 1; j < spotGrid.length; j++) {
            if (spotGrid[j] <= spotGrid[j - 1]) {
                throw new AnalyticsInputException("spotGrid", "must be strictly ascending (index " + j + ")");
            }
        }
        double r = underlying.rate();
        double dy = underlying.dividendYield();
        // Calls and puts with the same strike, expiry and vol have the same gamma: one Gaussian term with
        // the two signed weights added (w1 g + w2 g = (w1 + w2) g up to rounding). Halves the work on
        // chains whose calls and puts share a vol surface.
        HashMap<Key, Integer> index = new HashMap<>(quotes.size() * 2);
        int n = 0;
        double[] a = new double[quotes.size()];   // 1 / (sigma sqrt T): coefficient of ln S in d1
        double[] c = new double[quotes.size()];   // (-(ln K) + (r - q + sigma^2/2) T) / (sigma sqrt T)
        double[] w = new double[quotes.size()];   // sign * OI * mult * 0.01 * e^{-qT} / (sigma sqrt T sqrt(2 pi))
        for (OptionQuote q : quotes) {
            double v = q.iv() * Math.sqrt(q.yearsToExpiry());
            double sign = q.type() == OptionType.CALL ? 1.0 : -1.0;
            double wq = sign * q.openInterest() * multiplier * 0.01 * Math.exp(-dy * q.yearsToExpiry()) * Normal.INV_SQRT_2PI / v;
            Integer at = index.putIfAbsent(new Key(q.strike(), q.yearsToExpiry(), q.iv()), n);
            if (at != null) {
                w[at] += wq;
                continue;
            }
            a[n] = 1.0 / v;
            c[n] = (-Math.log(q.strike()) + (r - dy + 0.5 * q.iv() * q.iv()) * q.yearsToExpiry()) / v;
            w[n] = wq;
            n++;
        }
        if (n < a.length) {
            a = Arrays.copyOf(a, n);
            c = Arrays.copyOf(c, n);
            w = Arrays.copyOf(w, n);
        }
        double[] net = new double[spotGrid.length];
        double[] logS = new double[spotGrid.length];
        for (int j = 0; j < spotGrid.length; j++) {
            logS[j] = Math.log(spotGrid[j]);
        }
        double h = (logS[logS.length - 1] - logS[0]) / (logS.length - 1);
        if (isEvenlySpaced(logS, h)) {
            geometricGrid(logS, h, a, c, w, net);
        } else {
            anyGrid(logS, a, c, w, net);
        }
        for (int j = 0; j < spotGrid.length; j++) {
            // gamma * S^2 = e^{-qT} pdf(d1) / (S sigma sqrt T) * S^2, so one factor S remains
            net[j] *= spotGrid[j];
        }
        return new GammaProfile(spotGrid.clone(), net, zeroCrossing(spotGrid, net, underlying.spot()));
    }

    /** A log-spaced grid from {@code low} to {@code high} (ratio between neighbours constant): the fast path of {@link #profile}. */
    public static double[] logGrid(double low, double high, int points) {
        Inputs.requirePositive("low", low);
        Inputs.requirePositive("high", high);
        if (high <= low || points < 2) {
            throw new AnalyticsInputException("high", "need high > low and at least 2 points");
        }
        double[] g = new double[points];
        double step = Math.log(high / low) / (points - 1);
        for (int j = 0; j < points; j++) {
            g[j] = low * Math.exp(step * j);
        }
        g[points - 1] = high;
        return g;
    }

    /** Identity of a Gaussian term: quotes equal in all three have the same gamma at every spot. */
    private record Key(double strike, double years, double iv) {
    }

    /**
     * Arbitrary grid (e.g. evenly spaced in price, where ln S is not arithmetic and no recurrence is exact):
     * one table-driven exp per (term, spot) pair, options in the inner loop over plain double[] arrays.
     */
    private static void anyGrid(double[] logS, double[] a, double[] c, double[] w, double[] net) {
        int n = a.length;
        for (int j = 0; j < logS.length; j++) {
            double ls = logS[j];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double d1 = ls * a[i] + c[i];
                sum += w[i] * expNonPositive(-0.5 * d1 * d1);
            }
            net[j] = sum;
        }
    }

    private static final double SHIFT = 6755399441055744.0;                  // 1.5 * 2^52: adding it rounds to an integer
    private static final double INV_LN2_64 = 64 * 1.4426950408889634;        // 64 / ln 2
    private static final double LN2_64_HI = 6.93147180369123816490e-01 / 64; // fdlibm split of ln 2, divided by 64 (exact)
    private static final double LN2_64_LO = 1.90821492927058770002e-10 / 64;
    private static final double[] EXP2_64 = new double[64];                   // 2^(t/64)

    static {
        for (int t = 0; t < EXP2_64.length; t++) {
            EXP2_64[t] = StrictMath.pow(2, t / 64.0);
        }
    }

    /**
     * {@code e^x} for {@code x <= 0}, within a few ulps of {@link Math#exp} (tested to 1e-15 relative) but
     * about 1.5x cheaper in this loop: x = k ln2/64 + r with |r| <= ln2/128, e^x = 2^(k>>6) * 2^((k&63)/64) * e^r,
     * e^r by a degree-5 Taylor polynomial (truncation below 4e-17). Below -708 (where 2^(k>>6) would be
     * subnormal) it defers to {@link Math#exp}, so underflow to 0 is exactly Math.exp's.
     */
    static double expNonPositive(double x) {
        if (x < -708) {
            return Math.exp(x);
        }
        double kd = (x * INV_LN2_64 + SHIFT) - SHIFT;
        double r = (x - kd * LN2_64_HI) - kd * LN2_64_LO;
        long k = (long) kd;
        double p = 1 + r * (1 + r * (0.5 + r * (1 / 6.0 + r * (1 / 24.0 + r * (1 / 120.0)))));
        return p * EXP2_64[(int) (k & 63)] * Double.longBitsToDouble(((k >> 6) + 1023) << 52);
    }

    private static boolean isEvenlySpaced(double[] logS, double h) {
        for (int j = 1; j < logS.length; j++) {
            if (Math.abs(logS[j] - logS[j - 1] - h) > 1e-9 * Math.max(h, 1e-300)) {
                return false;
            }
        }
        return true;
    }

    /**
     * On a log-spaced grid d1 is arithmetic in j (d1_j = d_0 + j delta), so the Gaussian term obeys
     * g_{j+1} = g_j exp(-d_j delta - delta^2 / 2) and that ratio itself shrinks by exp(-delta^2) per step:
     * two multiplications per (option, spot) pair instead of an exp. The recurrence starts at the grid
     * point nearest the density peak and walks outwards, so every product only decreases (no overflow,
     * and an underflow to 0 is the true value to double precision).
     */
    private static void geometricGrid(double[] logS, double h, double[] a, double[] c, double[] w, double[] net) {
        int m = logS.length;
        for (int i = 0; i < a.length; i++) {
            double d0 = logS[0] * a[i] + c[i];
            double delta = h * a[i];
            int peak = (int) Math.round(-d0 / delta);
            peak = Math.max(0, Math.min(m - 1, peak));
            double dp = logS[peak] * a[i] + c[i];
            double gp = w[i] * Math.exp(-0.5 * dp * dp);
            double shrink = Math.exp(-delta * delta);
            net[peak] += gp;
            double g = gp;
            double ratio = Math.exp(-dp * delta - 0.5 * delta * delta);
            for (int j = peak + 1; j < m; j++) {
                g *= ratio;
                ratio *= shrink;
                net[j] += g;
            }
            g = gp;
            ratio = Math.exp(dp * delta - 0.5 * delta * delta);
            for (int j = peak - 1; j >= 0; j--) {
                g *= ratio;
                ratio *= shrink;
                net[j] += g;
            }
        }
    }

    private static OptionalDouble zeroCrossing(double[] x, double[] y, double spot) {
        double best = Double.NaN;
        for (int j = 1; j < x.length; j++) {
            double y0 = y[j - 1];
            double y1 = y[j];
            double level;
            if (y0 == 0) {
                level = x[j - 1];
            } else if (y0 < 0 != y1 < 0 && y1 != 0) {
                level = x[j - 1] + (x[j] - x[j - 1]) * (-y0) / (y1 - y0);
            } else {
                continue;
            }
            if (Double.isNaN(best) || Math.abs(level - spot) < Math.abs(best - spot)) {
                best = level;
            }
        }
        return Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best);
    }
}
