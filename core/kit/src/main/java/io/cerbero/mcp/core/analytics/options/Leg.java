package io.cerbero.mcp.core.analytics.options;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;

/**
 * One leg of a spread. {@code quantity} is signed (+ long, - short); {@code price} is the premium paid
 * per unit for an option, or the entry price for an {@link Kind#UNDERLYING} leg ({@code strike} ignored).
 */
public record Leg(Kind kind, double strike, double quantity, double price) {

    public enum Kind { CALL, PUT, UNDERLYING }

    public Leg {
        if (kind == null) {
            throw new AnalyticsInputException("kind", "must be CALL, PUT or UNDERLYING");
        }
        if (kind != Kind.UNDERLYING) {
            Inputs.requirePositive("strike", strike);
        }
        Inputs.requireFinite("quantity", quantity);
        if (quantity == 0) {
            throw new AnalyticsInputException("quantity", "must not be 0");
        }
        Inputs.requireNonNegative("price", price);
    }

    public static Leg call(double strike, double quantity, double premium) {
        return new Leg(Kind.CALL, strike, quantity, premium);
    }

    public static Leg put(double strike, double quantity, double premium) {
        return new Leg(Kind.PUT, strike, quantity, premium);
    }

    public static Leg underlying(double quantity, double entryPrice) {
        return new Leg(Kind.UNDERLYING, 0, quantity, entryPrice);
    }

    /** Profit of this leg at expiry if the underlying settles at {@code s}. */
    double payoff(double s) {
        return switch (kind) {
            case CALL -> quantity * (Math.max(s - strike, 0) - price);
            case PUT -> quantity * (Math.max(strike - s, 0) - price);
            case UNDERLYING -> quantity * (s - price);
        };
    }
}
