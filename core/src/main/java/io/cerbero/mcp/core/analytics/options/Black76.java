package io.cerbero.mcp.core.analytics.options;

/**
 * Black-76 for European options on a forward/future {@code F}: {@code e^{-rT}[F N(d1) - K N(d2)]}.
 * Identical to Black–Scholes–Merton with spot = F and yield = r, so it delegates; greeks are with
 * respect to the forward (delta = dV/dF) and theta/charm hold the forward fixed.
 */
public final class Black76 {

    private Black76() {
    }

    public static double price(OptionType type, double forward, double strike, double years, double rate, double vol) {
        return BlackScholes.price(type, forward, strike, years, rate, rate, vol);
    }

    public static Greeks greeks(OptionType type, double forward, double strike, double years, double rate, double vol) {
        return BlackScholes.greeks(type, forward, strike, years, rate, rate, vol);
    }
}
