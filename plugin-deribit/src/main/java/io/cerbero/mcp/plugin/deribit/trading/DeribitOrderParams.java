package io.cerbero.mcp.plugin.deribit.trading;

import io.cerbero.mcp.core.trading.Side;

import java.math.BigDecimal;
import java.util.List;

/**
 * Deribit's extra order parameters for core's pipeline.
 *
 * @param limitPrice the requested limit price, so {@link DeribitOrderVenue#rules} can pick the tick of that price's
 *                   band ({@code tick_size_steps}: options use a coarser tick above a price; off-tick is 10043);
 *                   null for market orders and cancels
 * @param comboLegs  the legs of a combo order (empty otherwise): its rules and notional come from them
 * @param side       for {@code edit_order}: the side the caller says the order has, checked against Deribit's;
 *                   null otherwise
 */
public record DeribitOrderParams(BigDecimal limitPrice, List<ComboLeg> comboLegs, Side side) {
    public static final DeribitOrderParams NONE = new DeribitOrderParams(null);

    public DeribitOrderParams {
        comboLegs = comboLegs == null ? List.of() : List.copyOf(comboLegs);
    }

    public DeribitOrderParams(BigDecimal limitPrice) {
        this(limitPrice, List.of(), null);
    }

    public DeribitOrderParams(BigDecimal limitPrice, List<ComboLeg> comboLegs) {
        this(limitPrice, comboLegs, null);
    }

    public boolean combo() {
        return !comboLegs.isEmpty();
    }

    /**
     * One leg of a combo: per combo unit, {@code ratio} of {@code symbol} is traded on {@code side} (for a bought
     * combo; a sold combo trades every leg the other way).
     */
    public record ComboLeg(String symbol, Side side, BigDecimal ratio) {
    }
}
