package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.Inputs;
import java.util.List;

/** Open-interest-weighted vanna and charm of a chain at the current spot (dealer sign convention: calls +, puts -). */
public final class VannaCharmExposure {

    private VannaCharmExposure() {
    }

    public static VannaCharm of(List<OptionQuote> quotes, Underlying u, double multiplier) {
        Chains.requireNonEmpty(quotes);
        Inputs.requirePositive("multiplier", multiplier);
        double cv = 0;
        double pv = 0;
        double cc = 0;
        double pc = 0;
        for (OptionQuote q : quotes) {
            Greeks g = BlackScholes.greeksUnchecked(q.type(), u.spot(), q.strike(), q.yearsToExpiry(), u.rate(),
                    u.dividendYield(), q.iv());
            double size = q.openInterest() * multiplier;
            if (q.type() == OptionType.CALL) {
                cv += g.vanna() * size;
                cc += g.charm() * size;
            } else {
                pv -= g.vanna() * size;
                pc -= g.charm() * size;
            }
        }
        return new VannaCharm(cv, pv, cv + pv, cc, pc, cc + pc);
    }
}
