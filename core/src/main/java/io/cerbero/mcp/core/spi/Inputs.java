package io.cerbero.mcp.core.spi;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Checks for input records' compact constructors. Each throws {@link ToolException} INVALID_INPUT naming the
 * JSON field, so a bad call gets a 422 that says what to fix and never reaches the venue.
 */
public final class Inputs {
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]+");

    private Inputs() {
    }

    /** A present, non-blank token of printable ASCII (symbols, ids), at most {@code maxLength} characters. */
    public static String requireToken(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ToolException.invalidInput(field + " is required");
        }
        if (value.length() > maxLength || !PRINTABLE.matcher(value).matches()) {
            throw ToolException.invalidInput(field + " must be 1-" + maxLength + " printable characters without spaces");
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
