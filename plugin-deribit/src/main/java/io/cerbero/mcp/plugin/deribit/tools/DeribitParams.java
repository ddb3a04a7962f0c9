package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks shared by the tools' input records; each throws INVALID_INPUT naming the field. */
final class DeribitParams {
    static final String SYMBOL_DOC = "Deribit instrument name (BTC-PERPETUAL, BTC-27DEC24, BTC-27DEC24-100000-C, "
            + "BTC_USDC-PERPETUAL); 'instrument' is accepted as an alias";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{2,10}");

    private DeribitParams() {
    }

    /** A present instrument name shaped like Deribit's. */
    static String symbol(String symbol) {
        Inputs.requireToken(symbol, "symbol", 64);
        DeribitSymbol.parse(symbol);
        return symbol;
    }

    /** A currency code such as BTC, ETH, USDC (upper case), or the default when absent. */
    static String currency(String currency, String field, String defaultValue) {
        if (currency == null) {
            return defaultValue;
        }
        String upper = currency.toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(upper).matches()) {
            throw ToolException.invalidInput(field + " must be a currency code such as BTC, ETH or USDC");
        }
        return upper;
    }

    /** A value known to be one of {@code allowed}. */
    static String oneOf(String value, String field, java.util.List<String> allowed, String defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (!allowed.contains(value)) {
            throw ToolException.invalidInput(field + " must be one of " + String.join(", ", allowed) + ", got '"
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
        return value;
    }

    static Instant millis(Long ms) {
        return ms == null || ms <= 0 ? null : Instant.ofEpochMilli(ms);
    }

    /** Percent (Deribit's IVs, price_change) as a fraction. */
    static BigDecimal percentToFraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2).stripTrailingZeros();
    }

    /** Adds a venue-specific field when it has a value (absent, never null, in the JSON). */
    static void put(java.util.Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
