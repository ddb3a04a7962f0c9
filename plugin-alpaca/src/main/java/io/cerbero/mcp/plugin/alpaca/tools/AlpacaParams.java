package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Input checks shared by the Alpaca tools' compact constructors. Each failure is INVALID_INPUT naming the field. */
final class AlpacaParams {
    /** Long enough for an OCC symbol with a six-letter root (21 characters). */
    static final int SYMBOL_MAX = 24;
    /** Stock tickers (BRK.B) and OCC option symbols: upper-case letters, digits and dots. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z0-9.]*");

    private AlpacaParams() {
    }

    /** A stock ticker or OCC option symbol, upper-cased (Alpaca's symbols are upper case). */
    static String symbol(String symbol, String field) {
        String value = Inputs.requireToken(symbol, field, SYMBOL_MAX).toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(value).matches()) {
            throw ToolException.invalidInput(field + " must be a stock ticker (AAPL, BRK.B) or an OCC option symbol "
                    + "(AAPL250117C00150000)");
        }
        return value;
    }

    static String symbol(String symbol) {
        return symbol(symbol, "symbol");
    }

    static String optionalSymbol(String symbol, String field) {
        return symbol == null ? null : symbol(symbol, field);
    }
}
