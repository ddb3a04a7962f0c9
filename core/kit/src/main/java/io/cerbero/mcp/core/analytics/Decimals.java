package io.cerbero.mcp.core.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Analytics results (double) as the {@link BigDecimal}s tool outputs carry. They are estimates, never amounts sent
 * to a venue, so rounding to significant digits is right: 12 keep every digit the library can vouch for (it agrees
 * with independent references to 1e-9 relative) and drop binary noise such as {@code 0.30000000000000004}.
 */
public final class Decimals {

    /** Twelve significant digits, half-even. */
    public static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /** {@code value} to {@link #SIGNIFICANT} digits, without trailing zeros, never in exponent form (100, not 1E+2). */
    public static BigDecimal of(double value) {
        Inputs.finiteResult("value", value, "the value");
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
