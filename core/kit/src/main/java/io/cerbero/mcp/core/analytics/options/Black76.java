package io.cerbero.mcp.core.analytics.options;

/**
 * Black-76 for European options on a forward/future {@code F}: {@code e^{-rT}[F N(d1) - K N(d2)]}.
 * Identical to Black–Scholes–Merton with spot = F and yield = r, so it delegates; greeks are with
 * respect to the forward (delta = dV/dF) and theta/charm hold the forward fixed.
 */
public final class Black76 {

    private Black76() {
    }

    /** Price of {@code contract} on {@code forward} at {@code volatility} (annualised, 1.00 = 100%). */
    public static double price(OptionContract contract, Forward forward, double volatility) {
        return BlackScholes.price(contract, forward.asUnderlying(), volatility);
    }

    /** Price and greeks of {@code contract} on {@code forward} at {@code volatility} (annualised, 1.00 = 100%). */
    public static Greeks greeks(OptionContract contract, Forward forward, double volatility) {
        return BlackScholes.greeks(contract, forward.asUnderlying(), volatility);
    }
}
