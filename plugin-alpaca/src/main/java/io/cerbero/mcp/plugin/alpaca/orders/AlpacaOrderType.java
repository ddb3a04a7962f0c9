package io.cerbero.mcp.plugin.alpaca.orders;

import io.cerbero.mcp.core.model.OrderKind;

/** Order types as callers and Alpaca spell them, each with its unified kind. */
public enum AlpacaOrderType {
    market(OrderKind.market),
    limit(OrderKind.limit),
    stop(OrderKind.stop_market),
    stop_limit(OrderKind.stop_limit),
    trailing_stop(OrderKind.trailing_stop);

    private final OrderKind kind;

    AlpacaOrderType(OrderKind kind) {
        this.kind = kind;
    }

    public OrderKind kind() {
        return kind;
    }

    public boolean needsLimitPrice() {
        return this == limit || this == stop_limit;
    }

    public boolean needsStopPrice() {
        return this == stop || this == stop_limit;
    }
}
