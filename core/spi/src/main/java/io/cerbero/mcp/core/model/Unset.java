package io.cerbero.mcp.core.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Venue placeholders to "not set". Venues fill unset fields with {@code "0"}, {@code "0.00"} or {@code ""}
 * (Bybit's {@code avgPrice: "0"} on an unfilled order, {@code takeProfit: "0.00"} with none set); the unified model
 * says null instead, since 0 is a price a bot could act on.
 */
public final class Unset {
    private Unset() {
    }

    /** {@code null} for null or zero: for prices and other values where 0 means "none". */
    public static BigDecimal zeroAsNull(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }

    /** {@code null} for null, empty or blank text. */
    public static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code null} for null or non-positive epoch milliseconds (venues send 0 for "no time"). */
    public static Instant epochMillis(Long millis) {
        return millis == null || millis <= 0 ? null : Instant.ofEpochMilli(millis);
    }

    /** {@code null} for null, blank or non-positive epoch milliseconds given as text. */
    public static Instant epochMillis(String millis) {
        if (millis == null || millis.isBlank()) {
            return null;
        }
        try {
            return epochMillis(Long.parseLong(millis.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
