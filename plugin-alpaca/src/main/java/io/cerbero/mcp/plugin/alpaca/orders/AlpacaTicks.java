package io.cerbero.mcp.plugin.alpaca.orders;

import java.math.BigDecimal;

/**
 * Price increments Alpaca accepts (SEC Rule 612): stocks at or above $1.00 in whole cents, below $1.00 in
 * hundredths of a cent; options in cents. A price with more decimals is refused by the venue (HTTP 422), so the
 * order pipeline rounds to these first, never to a worse price.
 */
public final class AlpacaTicks {
    public static final BigDecimal CENT = new BigDecimal("0.01");
    public static final BigDecimal SUB_PENNY = new BigDecimal("0.0001");

    private AlpacaTicks() {
    }

    /** The stock tick for an order priced at {@code price}; a cent when no price is given. */
    public static BigDecimal stock(BigDecimal price) {
        return price != null && price.compareTo(BigDecimal.ONE) < 0 ? SUB_PENNY : CENT;
    }
}
