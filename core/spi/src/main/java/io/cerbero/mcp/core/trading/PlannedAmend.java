package io.cerbero.mcp.core.trading;

import java.util.Objects;

/**
 * An amend after the pipeline rounded and checked it: the order as it rests now and as it will be.
 *
 * @param original           the resting order, as the venue reported it
 * @param replacement        the changed order, rounded like a new one; its {@link PlannedOrder#clientOrderId()} is
 *                           the id to send when {@code sendsClientOrderId}, else the order's own id (its client
 *                           order id, or the venue order id when it has none), which the venue must not send
 * @param sendsClientOrderId whether the request carries {@code replacement.clientOrderId()}
 *                           ({@link OrderVenue#amendSetsClientOrderId()})
 */
public record PlannedAmend(RestingOrder original, PlannedOrder replacement, boolean sendsClientOrderId) {
    public PlannedAmend {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
    }

    /** The client order id the changed order carries at the venue, or null when it has none. */
    public String clientOrderId() {
        return sendsClientOrderId ? replacement.clientOrderId() : original.clientOrderId();
    }
}
