package io.cerbero.mcp.core.analytics.options;

/**
 * Price and greeks of one European option in the library's units (the calculus ones): vega and vanna per 1.00 of
 * volatility, theta and charm per year of calendar time; delta per unit of the underlying and gamma per unit
 * squared. Vanna is dDelta/dSigma; charm is dDelta/dt, the change in delta as time passes (= -dDelta/dT).
 *
 * <p>Tool outputs quote desk units: {@link #toDeskUnits()}.
 */
public record Greeks(double price, double delta, double gamma, double vega, double theta,
                     double vanna, double charm) {

    /** Volatility points in 1.00 of volatility: vega per 1.00 / 100 = vega per point (1 %). */
    public static final double VOL_POINTS_PER_UNIT = 100;

    /** Calendar days in the year of {@code yearsToExpiry} ({@link OptionContract#yearsBetween} counts 365). */
    public static final double DAYS_PER_YEAR = 365;

    /**
     * The same greeks in desk units, as tools answer them: vega and vanna per volatility point (divided by 100),
     * theta and charm per calendar day (divided by 365, the day count of {@link OptionContract#yearsBetween});
     * price, delta and gamma unchanged.
     */
    public DeskGreeks toDeskUnits() {
        return new DeskGreeks(price, delta, gamma, vega / VOL_POINTS_PER_UNIT, theta / DAYS_PER_YEAR,
                vanna / VOL_POINTS_PER_UNIT, charm / DAYS_PER_YEAR);
    }
}
