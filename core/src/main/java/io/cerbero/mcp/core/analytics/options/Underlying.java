package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.Inputs;

/**
 * Market state a chain is evaluated in: spot, risk-free rate and continuous yield (use
 * {@code dividendYield = rate} with the future price as {@code spot} for options on futures).
 */
public record Underlying(double spot, double rate, double dividendYield) {

    public Underlying {
        Inputs.requirePositive("spot", spot);
        Inputs.requireFinite("rate", rate);
        Inputs.requireFinite("dividendYield", dividendYield);
    }

    public static Underlying ofSpot(double spot) {
        return new Underlying(spot, 0, 0);
    }

    double forward(double years) {
        return spot * Math.exp((rate - dividendYield) * years);
    }
}
