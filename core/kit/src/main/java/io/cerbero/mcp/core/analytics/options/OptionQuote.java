package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;

/** One option of a chain: the contract, its implied vol (1.00 = 100%), open interest and volume. */
public record OptionQuote(OptionContract contract, double iv, double openInterest, double volume) {

    public OptionQuote {
        if (contract == null) {
            throw new AnalyticsInputException("contract", "is required");
        }
        Inputs.requirePositive("iv", iv);
        Inputs.requireNonNegative("openInterest", openInterest);
        Inputs.requireNonNegative("volume", volume);
    }

    public OptionType type() {
        return contract.type();
    }

    public double strike() {
        return contract.strike();
    }

    public double yearsToExpiry() {
        return contract.yearsToExpiry();
    }
}
