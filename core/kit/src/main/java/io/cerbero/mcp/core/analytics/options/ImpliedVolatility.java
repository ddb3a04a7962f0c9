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

    /** The volatility at which {@code contract} on {@code underlying} is worth {@code optionPrice}. */
    public static double blackScholes(OptionContract contract, Underlying underlying, double optionPrice) {
        Inputs.requirePositive("optionPrice", optionPrice);
        OptionType type = contract.type();
        double spot = underlying.spot();
        double strike = contract.strike();
        double years = contract.yearsToExpiry();
        double rate = underlying.rate();
        double dividendYield = underlying.dividendYield();
        double fwdDisc = spot * Math.exp(-dividendYield * years);
        double kDisc = strike * Math.exp(-rate * years);
        double lower = type == OptionType.CALL ? Math.max(0, fwdDisc - kDisc) : Math.max(0, kDisc - fwdDisc);
        double upper = type == OptionType.CALL ? fwdDisc : kDisc;
        if (optionPrice <= lower || optionPrice >= upper) {
            throw new AnalyticsInputException("optionPrice", "price " + optionPrice + " is outside the no-arbitrage range ("
                    + lower + ", " + upper + "); no implied volatility");
        }
        double lo = BlackScholes.priceUnchecked(type, spot, strike, years, rate, dividendYield, MIN_VOL);
        double hi = BlackScholes.priceUnchecked(type, spot, strike, years, rate, dividendYield, MAX_VOL);
        if (optionPrice <= lo || optionPrice >= hi) {
            throw new AnalyticsInputException("optionPrice", "implied volatility is outside [" + MIN_VOL + ", " + MAX_VOL + "]");
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-14, 1e-12, 1e-15, 5);
        try {
            return solver.solve(200,
                    s -> BlackScholes.priceUnchecked(type, spot, strike, years, rate, dividendYield, s) - optionPrice,
                    MIN_VOL, MAX_VOL);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new AnalyticsInputException("optionPrice", "implied volatility solver did not converge: " + e.getMessage());
        }
    }

    /** Black-76 implied vol: the volatility at which {@code contract} on {@code forward} is worth that price. */
    public static double black76(OptionContract contract, Forward forward, double optionPrice) {
        return blackScholes(contract, forward.asUnderlying(), optionPrice);
    }
}
