package io.cerbero.mcp.core.trading;

/**
 * Order type as callers write it: {@code "type": "market"} or {@code "limit"}. Lowercase constants, so they are the
 * JSON values and the schema enum; a plugin maps them to its venue's spelling in its client code. Venue-specific
 * types (stop, take-profit, …) belong to the plugin that offers them.
 */
public enum OrderType {
    market, limit;

    /** Whether an order of this type needs a price. */
    public boolean needsPrice() {
        return this == limit;
    }
}
