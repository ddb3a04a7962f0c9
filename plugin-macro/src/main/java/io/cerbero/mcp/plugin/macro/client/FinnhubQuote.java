package io.cerbero.mcp.plugin.macro.client;

import java.math.BigDecimal;

/**
 * Finnhub's {@code /quote} answer, as sent. An unknown symbol is not an error at Finnhub: it answers zeros
 * ({@code c}, {@code t} = 0) and nulls, which {@link #isEmpty()} recognises.
 *
 * @param c  current price
 * @param d  change since the previous close
 * @param dp change in percent
 * @param h  high of the day
 * @param l  low of the day
 * @param o  open of the day
 * @param pc previous close
 * @param t  time of the last price, epoch seconds
 */
public record FinnhubQuote(BigDecimal c, BigDecimal d, BigDecimal dp, BigDecimal h, BigDecimal l, BigDecimal o,
                           BigDecimal pc, Long t) {

    /** Finnhub's "no such symbol / no data": no positive price and no time. */
    public boolean isEmpty() {
        return c == null || c.signum() <= 0 || t == null || t <= 0;
    }
}
