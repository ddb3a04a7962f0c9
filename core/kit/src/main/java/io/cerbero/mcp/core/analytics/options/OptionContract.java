package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;
import java.time.Duration;
import java.time.Instant;

/**
 * What a European option is, apart from the market it trades in: its right, strike and time to expiry in years.
 * The pricing functions take it with the market ({@link Underlying} or {@link Forward}) and the volatility as
 * separate arguments, so a strike, a rate and a volatility can never be passed in each other's place.
 *
 * @param yearsToExpiry time to expiry in years; {@link #yearsBetween} counts 365-day years, the basis of the
 *                      per-day theta of {@link DeskGreeks}
 */
public record OptionContract(OptionType type, double strike, double yearsToExpiry) {

    /** Seconds in the 365-day year {@link #yearsBetween} counts. */
    static final double SECONDS_PER_YEAR = 365 * 86_400.0;

    public OptionContract {
        if (type == null) {
            throw new AnalyticsInputException("type", "must be CALL or PUT");
        }
        Inputs.requirePositive("strike", strike);
        Inputs.requirePositive("yearsToExpiry", yearsToExpiry);
    }

    public static OptionContract call(double strike, double yearsToExpiry) {
        return new OptionContract(OptionType.CALL, strike, yearsToExpiry);
    }

    public static OptionContract put(double strike, double yearsToExpiry) {
        return new OptionContract(OptionType.PUT, strike, yearsToExpiry);
    }

    /**
     * Years of 365 days from {@code now} to {@code expiry} (calendar time, to the millisecond), the convention
     * of crypto option venues; an expiry not after {@code now} has no time value left and is rejected.
     */
    public static double yearsBetween(Instant now, Instant expiry) {
        if (now == null || expiry == null) {
            throw new AnalyticsInputException("expiry", "now and expiry are both required");
        }
        if (!expiry.isAfter(now)) {
            throw new AnalyticsInputException("expiry", "must be after now (" + now + "), got " + expiry);
        }
        return Duration.between(now, expiry).toMillis() / 1000.0 / SECONDS_PER_YEAR;
    }
}
