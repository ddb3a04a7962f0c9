package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Smile shape of a single expiry: 25-delta skew (IV interpolated linearly in delta on each side),
 * open-interest-weighted skew and ATM-vs-wings / smile asymmetry (IV interpolated linearly in strike on
 * the out-of-the-money smile). Hand-written: it is bookkeeping over the chain, no library does it.
 */
public final class Skew {

    private Skew() {
    }

    public static Skew25 delta25(List<OptionQuote> quotes, Underlying u) {
        double years = Chains.singleExpiry(quotes);
        double call = ivAtDelta(quotes, u, OptionType.CALL, 0.25);
        double put = ivAtDelta(quotes, u, OptionType.PUT, -0.25);
        double atm = Chains.atmIv(quotes, u, years);
        return new Skew25(put, call, atm, call - put, 0.5 * (call + put) - atm);
    }

    public static OiWeightedSkew oiWeighted(List<OptionQuote> quotes, Underlying u) {
        double years = Chains.singleExpiry(quotes);
        double f = u.forward(years);
        double pw = 0;
        double piv = 0;
        double cw = 0;
        double civ = 0;
        for (OptionQuote q : quotes) {
            if (q.type() == OptionType.PUT && q.strike() < f) {
                pw += q.openInterest();
                piv += q.openInterest() * q.iv();
            } else if (q.type() == OptionType.CALL && q.strike() > f) {
                cw += q.openInterest();
                civ += q.openInterest() * q.iv();
            }
        }
        if (pw == 0 || cw == 0) {
            throw new AnalyticsInputException("quotes", "need open interest on both OTM puts and OTM calls (put OI "
                    + pw + ", call OI " + cw + ")");
        }
        return new OiWeightedSkew(piv / pw, civ / cw, piv / pw - civ / cw);
    }

    /** ATM vs wings at relative distance {@code width} from the forward (e.g. 0.10 for ±10%). */
    public static WingVols wings(List<OptionQuote> quotes, Underlying u, double width) {
        if (!(width > 0 && width < 1)) {
            throw new AnalyticsInputException("width", "must be in (0, 1), got " + width);
        }
        double years = Chains.singleExpiry(quotes);
        double f = u.forward(years);
        double[][] smile = Chains.otmSmile(quotes, f);
        double atm = Chains.interpolate(smile[0], smile[1], f, true, "ATM");
        double put = Chains.interpolate(smile[0], smile[1], f * (1 - width), false, "put wing strike");
        double call = Chains.interpolate(smile[0], smile[1], f * (1 + width), false, "call wing strike");
        return new WingVols(atm, put, call, 0.5 * (put + call) - atm, (put - call) / atm);
    }

    static double ivAtDelta(List<OptionQuote> quotes, Underlying u, OptionType side, double target) {
        List<double[]> pts = new ArrayList<>();
        for (OptionQuote q : quotes) {
            if (q.type() == side) {
                pts.add(new double[] {Chains.delta(q, u), q.iv()});
            }
        }
        if (pts.size() < 2) {
            throw new AnalyticsInputException("quotes", "need at least 2 " + side + " quotes for a 25-delta IV, got " + pts.size());
        }
        pts.sort(Comparator.comparingDouble(p -> p[0]));
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pts.get(i)[0];
            ys[i] = pts.get(i)[1];
        }
        return Inputs.finiteResult("quotes", Chains.interpolate(xs, ys, target, false, side + " delta " + target), "IV");
    }
}
