package io.cerbero.mcp.plugin.alpaca.client;

import io.cerbero.mcp.core.model.OptionKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OCC option symbol as Alpaca writes it, without padding: root (1-6 letters), expiry {@code YYMMDD}, {@code C}
 * or {@code P}, strike × 1000 in 8 digits. {@code AAPL250117C00150000} is the AAPL 150 call of 2025-01-17.
 *
 * @param root   underlying root symbol
 * @param expiry expiration date
 * @param kind   call or put
 * @param strike strike in USD
 */
public record OccSymbol(String root, LocalDate expiry, OptionKind kind, BigDecimal strike) {
    private static final Pattern OCC = Pattern.compile("([A-Z]{1,6})(\\d{2})(\\d{2})(\\d{2})([CP])(\\d{8})");

    /** The parsed symbol, or empty when {@code symbol} is not an OCC option symbol (a stock ticker). */
    public static Optional<OccSymbol> parse(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        Matcher m = OCC.matcher(symbol);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate expiry = LocalDate.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            BigDecimal strike = new BigDecimal(m.group(6)).movePointLeft(3).stripTrailingZeros();
            return Optional.of(new OccSymbol(m.group(1), expiry, m.group(5).equals("C") ? OptionKind.call
                    : OptionKind.put, strike.scale() < 0 ? strike.setScale(0) : strike));
        } catch (java.time.DateTimeException badDate) {
            return Optional.empty(); // 13th month and the like: not an option symbol
        }
    }

    /** Whether {@code symbol} is an OCC option symbol. */
    public static boolean isOption(String symbol) {
        return parse(symbol).isPresent();
    }
}
