package io.cerbero.mcp.plugin.sentiment.client;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A venue's current open interest of one perpetual, in the base coin and in USD.
 *
 * @param openInterest    in units of the base coin (BTC for BTCUSDT)
 * @param openInterestUsd its USD value (the venue's own figure, or open interest × mark price)
 * @param markPrice       the mark price the USD value rests on
 */
public record PerpOpenInterest(Venue venue, String symbol, Instant time, BigDecimal openInterest,
                               BigDecimal openInterestUsd, BigDecimal markPrice) {
}
