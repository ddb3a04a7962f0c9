package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.Inputs;

/**
 * The market of an option on a forward or future (Black-76): the forward price and the continuously compounded
 * rate that discounts the payoff.
 */
public record Forward(double price, double rate) {

    public Forward {
        Inputs.requirePositive("forward", price);
        Inputs.requireFinite("rate", rate);
    }

    /**
     * The same market for the spot-based functions (chain analytics, {@link BlackScholes}): Black-76 is
     * Black–Scholes–Merton with spot = F and yield = r, so their results are Black-76's (delta = dV/dF).
     */
    public Underlying asUnderlying() {
        return new Underlying(price, rate, rate);
    }
}
