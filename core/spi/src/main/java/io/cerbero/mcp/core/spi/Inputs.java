package io.cerbero.mcp.core.spi;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Checks for input records' compact constructors. Each throws {@link ToolException} INVALID_INPUT naming the
 * JSON field, so a bad call gets a 422 that says what to fix and never reaches the venue.
 */
public final class Inputs {
    /** Venue symbols and client ids: BTCUSDT, BTC-29JUL22-25000-C, BTC/USD, @107, my_order.1. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:/@+-]+");

    private Inputs() {
    }

    /**
     * A present identifier (symbol, client order id) of ASCII letters, digits and {@code . _ : / @ + -}, at most
     * {@code maxLength} characters. Anything else (spaces, control or non-ASCII characters, quotes, {@code %},
     * {@code $}) is refused here, before it can reach a venue URL or signature.
     */
    public static String requireToken(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ToolException.invalidInput(field + " is required");
        }
        if (value.length() > maxLength || !TOKEN.matcher(value).matches()) {
            throw ToolException.invalidInput(field + " must be 1-" + maxLength
                    + " characters of letters, digits and . _ : / @ + -");
        }
        return value;
    }

    /** Like {@link #requireToken} but may be absent. */
    public static String optionalToken(String value, String field, int maxLength) {
        return value == null ? null : requireToken(value, field, maxLength);
    }

    /** A present value. */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw ToolException.invalidInput(field + " is required");
        }
        return value;
    }

    /** A present decimal strictly above zero. */
    public static BigDecimal requirePositive(BigDecimal value, String field) {
        require(value, field);
        if (value.signum() <= 0) {
            throw ToolException.invalidInput(field + " must be greater than 0, got " + value.toPlainString());
        }
        return value;
    }

    /** An absent decimal, or one strictly above zero. */
    public static BigDecimal optionalPositive(BigDecimal value, String field) {
        return value == null ? null : requirePositive(value, field);
    }

    /** An integer in {@code [min, max]}, or the default when absent. */
    public static int intInRange(Integer value, String field, int min, int max, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw ToolException.invalidInput(field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
