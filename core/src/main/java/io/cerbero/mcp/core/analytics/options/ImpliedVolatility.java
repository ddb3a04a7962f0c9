package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;

/**
 * Implied volatility by root finding on the Black–Scholes–Merton price, using Hipparchus'
 * {@link BracketingNthOrderBrentSolver} on [1e-6, 10] (price is monotone in vol, so a bracketing solver
 * cannot diverge the way plain Newton can deep out of the money). Prices outside the no-arbitrage
 * bounds (below intrinsic value or above the discounted underlying/strike) have no implied vol and are
 * rejected.
 */
public final class ImpliedVolatility {

    private static final double MIN_VOL = 1e-6;
    private static final double MAX_VOL = 10.0;

    private ImpliedVolatility() {
    }

    public static double blackScholes(OptionType type, double price, double spot, double strike, double years,
                                      double rate, double dividendYield) {
        BlackScholes.validate(type, spot, strike, years, rate, dividendYield, 0.2);
        Inputs.requirePositive("price", price);
        double fwdDisc = spot * Math.exp(-dividendYield * years);
        double kDisc = strike * Math.exp(-rate * years);
        double lower = type == OptionType.CALL ? Math.max(0, fwdDisc - kDisc) : Math.max(0, kDisc - fwdDisc);
        double upper = type == OptionType.CALL ? fwdDisc : kDisc;
        if (price <= lower || price >= upper) {
            throw new AnalyticsInputException("price", "price " + price + " is outside the no-arbitrage range ("
                    + lower + ", " + upper + "); no implied volatility");
        }
        double lo = BlackScholes.priceUnchecked(type, spot, strike, years, rate, dividendYield, MIN_VOL);
        double hi = BlackScholes.priceUnchecked(type, spot, strike, years, rate, dividendYield, MAX_VOL);
        if (price <= lo || price >= hi) {
            throw new AnalyticsInputException("price", "implied volatility is outside [" + MIN_VOL + ", " + MAX_VOL + "]");
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-14, 1e-12, 1e-15, 5);
        try {
            return solver.solve(200,
                    s -> BlackScholes.priceUnchecked(type, spot, strike, years, rate, dividendYield, s) - price,
                    MIN_VOL, MAX_VOL);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new AnalyticsInputException("price", "implied volatility solver did not converge: " + e.getMessage());
        }
    }

    /** Black-76 implied vol of an option on a forward. */
    public static double black76(OptionType type, double price, double forward, double strike, double years, double rate) {
        return blackScholes(type, price, forward, strike, years, rate, rate);
    }
}
