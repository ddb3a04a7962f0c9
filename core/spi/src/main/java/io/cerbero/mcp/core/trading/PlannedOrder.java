package io.cerbero.mcp.core.trading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order after the pipeline rounded and checked it: what the venue prepares (signs) and sends.
 *
 * @param intent        what the caller asked for
 * @param rules         the instrument's rules it was checked against
 * @param qty           qty as requested and as it will be sent (rounded down to the step)
 * @param price         limit price as requested and as sent (to the tick, never worse); null for market kinds
 * @param triggerPrice  trigger as requested and as sent; null when none
 * @param clientOrderId the caller's id or a generated one: always set
 * @param referencePrice the price the pipeline valued a market order at for the leverage check
 *                      ({@link OrderVenue#referencePrice}), so the venue's {@code prepare} need not ask the venue
 *                      again (Hyperliquid's mid for its IOC bound); null when the pipeline did not ask for one (a
 *                      priced order, a reduce-only order, a venue that values the order without it)
 */
public record PlannedOrder(OrderIntent intent, InstrumentRules rules, InstrumentRounding.Rounded qty,
                           InstrumentRounding.Rounded price, InstrumentRounding.Rounded triggerPrice,
                           String clientOrderId, BigDecimal referencePrice) {
    public PlannedOrder {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(qty, "qty");
        Objects.requireNonNull(clientOrderId, "clientOrderId");
    }

    /** As SPI version 2 built it, without a reference price (kept so plugins built against 2 still link). */
    public PlannedOrder(OrderIntent intent, InstrumentRules rules, InstrumentRounding.Rounded qty,
                        InstrumentRounding.Rounded price, InstrumentRounding.Rounded triggerPrice,
                        String clientOrderId) {
        this(intent, rules, qty, price, triggerPrice, clientOrderId, null);
    }

    /** The same order valued at {@code referencePrice}. */
    public PlannedOrder withReferencePrice(BigDecimal referencePrice) {
        return new PlannedOrder(intent, rules, qty, price, triggerPrice, clientOrderId, referencePrice);
    }

    public String symbol() {
        return intent.symbol();
    }

    public Side side() {
        return intent.side();
    }

    /** The rounded qty that is sent. */
    public BigDecimal sentQty() {
        return qty.rounded();
    }

    /** The rounded limit price that is sent, or null. */
    public BigDecimal sentPrice() {
        return price == null ? null : price.rounded();
    }

    /** The rounded trigger price that is sent, or null. */
    public BigDecimal sentTriggerPrice() {
        return triggerPrice == null ? null : triggerPrice.rounded();
    }
}
