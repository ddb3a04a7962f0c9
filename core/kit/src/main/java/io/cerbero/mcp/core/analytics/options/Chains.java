package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Chain helpers shared by the chain analytics: validation, single-expiry check, OTM smile, interpolation. */
final class Chains {

    private Chains() {
    }

    static void requireNonEmpty(List<OptionQuote> quotes) {
        if (quotes == null || quotes.isEmpty()) {
            throw new AnalyticsInputException("quotes", "chain is empty");
        }
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i) == null) {
                throw new AnalyticsInputException("quotes", "quote at index " + i + " is null");
            }
        }
    }

    static double singleExpiry(List<OptionQuote> quotes) {
        requireNonEmpty(quotes);
        double t = quotes.get(0).yearsToExpiry();
        for (OptionQuote q : quotes) {
            if (Math.abs(q.yearsToExpiry() - t) > 1e-9) {
                throw new AnalyticsInputException("quotes", "quotes must share one expiry; got " + t + " and " + q.yearsToExpiry());
            }
        }
        return t;
    }

    static double delta(OptionQuote q, Underlying u) {
        return BlackScholes.delta(q.type(), u.spot(), q.strike(), q.yearsToExpiry(), u.rate(), u.dividendYield(), q.iv());
    }

    /**
     * Out-of-the-money smile of one expiry as (strike, iv) sorted by strike: puts below the forward,
     * calls at or above it (the liquid side, as in the VIX/variance-swap convention).
     */
    static double[][] otmSmile(List<OptionQuote> quotes, double forward) {
        List<OptionQuote> otm = new ArrayList<>();
        for (OptionQuote q : quotes) {
            boolean put = q.type() == OptionType.PUT;
            if (put && q.strike() < forward || !put && q.strike() >= forward) {
                otm.add(q);
            }
        }
        if (otm.isEmpty()) {
            throw new AnalyticsInputException("quotes", "no out-of-the-money options around forward " + forward);
        }
        otm.sort(Comparator.comparingDouble(OptionQuote::strike));
        double[][] xy = new double[2][otm.size()];
        for (int i = 0; i < otm.size(); i++) {
            xy[0][i] = otm.get(i).strike();
            xy[1][i] = otm.get(i).iv();
        }
        return xy;
    }

    /** Linear interpolation on sorted xs; flat beyond the ends when {@code extrapolateFlat}, else rejected. */
    static double interpolate(double[] xs, double[] ys, double x, boolean extrapolateFlat, String what) {
        int n = xs.length;
        if (x <= xs[0] || x >= xs[n - 1]) {
            if (x == xs[0]) {
                return ys[0];
            }
            if (x == xs[n - 1]) {
                return ys[n - 1];
            }
            if (!extrapolateFlat) {
                throw new AnalyticsInputException("quotes", what + ": " + x + " is outside the quoted range ["
                        + xs[0] + ", " + xs[n - 1] + "]");
            }
            return x < xs[0] ? ys[0] : ys[n - 1];
        }
        int i = 1;
        while (xs[i] < x) {
            i++;
        }
        double x0 = xs[i - 1];
        double x1 = xs[i];
        if (x1 == x0) {
            return 0.5 * (ys[i] + ys[i - 1]);
        }
        double w = (x - x0) / (x1 - x0);
        return ys[i - 1] + w * (ys[i] - ys[i - 1]);
    }

    /** ATM implied vol of one expiry: OTM smile interpolated in strike at the forward (flat beyond the ends). */
    static double atmIv(List<OptionQuote> quotes, Underlying u, double years) {
        double f = u.forward(years);
        double[][] smile = otmSmile(quotes, f);
        return interpolate(smile[0], smile[1], f, true, "ATM");
    }
}
