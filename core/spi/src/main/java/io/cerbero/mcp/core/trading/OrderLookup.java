package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.model.Order;

/**
 * The answer to "did my order reach the venue?" after a send whose outcome is unknown (timeout or dropped
 * connection after the request left).
 *
 * @param state what the lookup found
 * @param order the order, when found
 */
public record OrderLookup(State state, Order order) {
    public enum State {
        /** The venue knows an order with that client order id. */
        FOUND,
        /** The venue answered and knows no such order. */
        NOT_FOUND,
        /** The venue cannot be asked by client order id. */
        UNSUPPORTED
    }

    public static OrderLookup found(Order order) {
        return new OrderLookup(State.FOUND, order);
    }

    public static OrderLookup notFound() {
        return new OrderLookup(State.NOT_FOUND, null);
    }

    public static OrderLookup unsupported() {
        return new OrderLookup(State.UNSUPPORTED, null);
    }
}
