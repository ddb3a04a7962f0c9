package io.cerbero.mcp.core.model;

/** The type of an order as the unified model reports it (tool inputs may offer fewer). */
public enum OrderKind {
    market, limit, stop_market, stop_limit, take_profit_market, take_profit_limit, trailing_stop
}
