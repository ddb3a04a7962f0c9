package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;

/** One option of a chain: right, strike, time to expiry (years), implied vol (1.00 = 100%), open interest and volume. */
public record OptionQuote(OptionType type, double strike, double years, double iv, double openInterest, double volume) {

    public OptionQuote {
        if (type == null) {
            throw new AnalyticsInputException("type", "must be CALL or PUT");
        }
        Inputs.requirePositive("strike", strike);
        Inputs.requirePositive("years", years);
        Inputs.requirePositive("iv", iv);
        Inputs.requireNonNegative("openInterest", openInterest);
        Inputs.requireNonNegative("volume", volume);
    }
}
