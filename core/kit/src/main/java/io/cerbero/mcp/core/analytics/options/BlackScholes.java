package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.Inputs;

/**
 * Black–Scholes–Merton for European options on a spot asset with continuous yield {@code q}
 * (dividend yield, or the foreign rate for FX; {@code q = r} turns it into Black-76 on a forward).
 * Closed forms; time in years, rates continuously compounded. The contract, the market and the volatility are
 * separate arguments, so none can be passed in another's place; greeks are in the library's units (see
 * {@link Greeks}; {@link Greeks#toDeskUnits()} for tool outputs).
 */
public final class BlackScholes {

    private BlackScholes() {
    }

    /** Price of {@code contract} on {@code underlying} at {@code volatility} (annualised, 1.00 = 100%). */
    public static double price(OptionContract contract, Underlying underlying, double volatility) {
        Inputs.requirePositive("volatility", volatility);
        return priceUnchecked(contract.type(), underlying.spot(), contract.strike(), contract.yearsToExpiry(),
                underlying.rate(), underlying.dividendYield(), volatility);
    }

    /** Price and greeks of {@code contract} on {@code underlying} at {@code volatility} (annualised, 1.00 = 100%). */
    public static Greeks greeks(OptionContract contract, Underlying underlying, double volatility) {
        Inputs.requirePositive("volatility", volatility);
        return greeksUnchecked(contract.type(), underlying.spot(), contract.strike(), contract.yearsToExpiry(),
                underlying.rate(), underlying.dividendYield(), volatility);
    }

    /** The closed forms on already validated values (records validate on construction): the chain analytics' loop. */
    static Greeks greeksUnchecked(OptionType type, double spot, double strike, double years, double rate,
                                  double dividendYield, double vol) {
        double sqrtT = Math.sqrt(years);
        double v = vol * sqrtT;
        double d1 = (Math.log(spot / strike) + (rate - dividendYield + 0.5 * vol * vol) * years) / v;
        double d2 = d1 - v;
        double dq = Math.exp(-dividendYield * years);
        double dr = Math.exp(-rate * years);
        double pdf = Normal.pdf(d1);
        double gamma = dq * pdf / (spot * v);
        double vega = spot * dq * pdf * sqrtT;
        double vanna = -dq * pdf * d2 / vol;
        double charmCommon = dq * pdf * (2 * (rate - dividendYield) * years - d2 * v) / (2 * years * v);
        double price;
        double delta;
        double theta;
        double charm;
        double decay = -spot * dq * pdf * vol / (2 * sqrtT);
        if (type == OptionType.CALL) {
            double nd1 = Normal.cdf(d1);
            double nd2 = Normal.cdf(d2);
            price = spot * dq * nd1 - strike * dr * nd2;
            delta = dq * nd1;
            theta = decay - rate * strike * dr * nd2 + dividendYield * spot * dq * nd1;
            charm = dividendYield * dq * nd1 - charmCommon;
        } else {
            double nmd1 = Normal.cdf(-d1);
            double nmd2 = Normal.cdf(-d2);
            price = strike * dr * nmd2 - spot * dq * nmd1;
            delta = -dq * nmd1;
            theta = decay + rate * strike * dr * nmd2 - dividendYield * spot * dq * nmd1;
            charm = -dividendYield * dq * nmd1 - charmCommon;
        }
        return new Greeks(Math.max(price, 0), delta, gamma, vega, theta, vanna, charm);
    }

    static double priceUnchecked(OptionType type, double spot, double strike, double years, double rate,
                                 double dividendYield, double vol) {
        double v = vol * Math.sqrt(years);
        double d1 = (Math.log(spot / strike) + (rate - dividendYield + 0.5 * vol * vol) * years) / v;
        double d2 = d1 - v;
        double fwdDisc = spot * Math.exp(-dividendYield * years);
        double kDisc = strike * Math.exp(-rate * years);
        double p = type == OptionType.CALL
                ? fwdDisc * Normal.cdf(d1) - kDisc * Normal.cdf(d2)
                : kDisc * Normal.cdf(-d2) - fwdDisc * Normal.cdf(-d1);
        return Math.max(p, 0); // rounding can give -1e-17 deep out of the money
    }

    static double delta(OptionType type, double spot, double strike, double years, double rate,
                        double dividendYield, double vol) {
        double v = vol * Math.sqrt(years);
        double d1 = (Math.log(spot / strike) + (rate - dividendYield + 0.5 * vol * vol) * years) / v;
        double dq = Math.exp(-dividendYield * years);
        return type == OptionType.CALL ? dq * Normal.cdf(d1) : -dq * Normal.cdf(-d1);
    }
}
