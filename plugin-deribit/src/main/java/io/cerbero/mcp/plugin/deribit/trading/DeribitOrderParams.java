package io.cerbero.mcp.plugin.deribit.trading;

import java.math.BigDecimal;

/**
 * Deribit's extra order parameter for core's pipeline: the limit price the caller asked for, so
 * {@link DeribitOrderVenue#rules} can pick the tick of that price's band ({@code tick_size_steps}: options use a
 * coarser tick above a price, and a price off that tick is rejected with 10043).
 *
 * @param limitPrice the requested limit price; null for market orders and cancels
 */
public record DeribitOrderParams(BigDecimal limitPrice) {
    public static final DeribitOrderParams NONE = new DeribitOrderParams(null);
}
