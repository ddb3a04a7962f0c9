package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import java.util.List;

/**
 * Finds the option whose delta is nearest a target: positive targets search calls, negative targets
 * search puts (e.g. 0.25 → 25-delta call, -0.25 → 25-delta put). Ties go to the lower strike.
 */
public final class FindByDelta {

    private FindByDelta() {
    }

    public static DeltaMatch nearest(List<OptionQuote> quotes, Underlying u, double targetDelta) {
        Chains.requireNonEmpty(quotes);
        if (!(targetDelta > -1 && targetDelta < 1) || targetDelta == 0) {
            throw new AnalyticsInputException("targetDelta", "must be in (-1, 0) for puts or (0, 1) for calls, got " + targetDelta);
        }
        OptionType side = targetDelta > 0 ? OptionType.CALL : OptionType.PUT;
        OptionQuote best = null;
        double bestDelta = 0;
        double bestDist = Double.MAX_VALUE;
        for (OptionQuote q : quotes) {
            if (q.type() != side) {
                continue;
            }
            double d = Chains.delta(q, u);
            double dist = Math.abs(d - targetDelta);
            if (dist < bestDist || dist == bestDist && q.strike() < best.strike()) {
                best = q;
                bestDelta = d;
                bestDist = dist;
            }
        }
        if (best == null) {
            throw new AnalyticsInputException("quotes", "no " + side + " options in the chain");
        }
        return new DeltaMatch(best, bestDelta);
    }
}
