package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.model.OrderKind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A resting order as the venue reports it: what {@link OrderPipeline#amend} changes. The pipeline keeps what the
 * caller does not change from here, and takes this order's exposure out of the account before it adds the new one.
 *
 * @param orderId       the venue's order id
 * @param clientOrderId the client order id it carries; null when none
 * @param symbol        the venue's instrument name
 * @param side          buy or sell
 * @param kind          market, limit, or a conditional kind
 * @param qty           total qty, in the instrument's qty unit
 * @param filledQty     qty already filled (zero when none)
 * @param price         limit price; null when it has none
 * @param triggerPrice  trigger price; null when it has none
 * @param reduceOnly    only reduces a position (then the account snapshot leaves it out)
 * @param postOnly      maker only
 */
public record RestingOrder(String orderId, String clientOrderId, String symbol, Side side, OrderKind kind,
                           BigDecimal qty, BigDecimal filledQty, BigDecimal price, BigDecimal triggerPrice,
                           boolean reduceOnly, boolean postOnly) {
    public RestingOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qty, "qty");
        filledQty = filledQty == null ? BigDecimal.ZERO : filledQty;
    }

    /** What is left to fill: qty − filled, never below zero. */
    public BigDecimal remainingQty() {
        return qty.abs().subtract(filledQty.abs()).max(BigDecimal.ZERO);
    }
}
