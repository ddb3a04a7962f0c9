package io.cerbero.mcp.plugin.sentiment.client;

import io.cerbero.mcp.core.model.FundingRate;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A venue's current funding of one perpetual, as the venue quotes it.
 *
 * @param funding         the rate per the venue's own interval, with that interval and the annualised value
 * @param nextFundingTime when the next payment happens (null when the venue does not say)
 * @param markPrice       the venue's mark price, when the same answer carries it
 */
public record PerpFunding(Venue venue, String symbol, FundingRate funding, Instant nextFundingTime,
                          BigDecimal markPrice) {
}
