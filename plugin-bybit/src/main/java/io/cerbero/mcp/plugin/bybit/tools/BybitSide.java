package io.cerbero.mcp.plugin.bybit.tools;

/** Order side as callers write it; {@link #venue()} is Bybit's spelling. */
public enum BybitSide {
    buy("Buy"), sell("Sell");

    private final String venue;

    BybitSide(String venue) {
        this.venue = venue;
    }

    public String venue() {
        return venue;
    }
}
