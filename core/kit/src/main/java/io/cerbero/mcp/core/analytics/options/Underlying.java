package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.Inputs;

/**
 * Market state a spot option or a chain is evaluated in: spot, risk-free rate and continuous yield, all
 * continuously compounded. For options on futures use {@link Forward#asUnderlying()}.
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
