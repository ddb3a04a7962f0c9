package io.cerbero.mcp.core.trading;

/**
 * Order side as callers write it. The constants are lowercase so that they are also the JSON values
 * ({@code "side": "buy"}) and the enum in every tool's schema; a plugin maps them to its venue's spelling
 * ({@code Buy}, {@code BUY}, {@code true} …) in its client code.
 */
public enum Side {
    buy, sell;

    /** The other side. */
    public Side opposite() {
        return this == buy ? sell : buy;
    }

    /** +1 for buy, -1 for sell: the sign of the position change a fill causes. */
    public int sign() {
        return this == buy ? 1 : -1;
    }
}
