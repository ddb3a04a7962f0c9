package io.cerbero.mcp.core.analytics.options;

import java.util.List;
import java.util.OptionalDouble;

/** Put/call ratio of a chain (any expiries), by open interest and by volume. */
public final class PutCallRatio {

    private PutCallRatio() {
    }

    public static PutCallRatios of(List<OptionQuote> quotes) {
        Chains.requireNonEmpty(quotes);
        double poi = 0;
        double coi = 0;
        double pv = 0;
        double cv = 0;
        for (OptionQuote q : quotes) {
            if (q.type() == OptionType.PUT) {
                poi += q.openInterest();
                pv += q.volume();
            } else {
                coi += q.openInterest();
                cv += q.volume();
            }
        }
        return new PutCallRatios(poi, coi, coi > 0 ? OptionalDouble.of(poi / coi) : OptionalDouble.empty(),
                pv, cv, cv > 0 ? OptionalDouble.of(pv / cv) : OptionalDouble.empty());
    }
}
