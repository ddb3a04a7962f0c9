package io.cerbero.mcp.plugin.bybit.tools;

/** Order type as callers write it; {@link #venue()} is Bybit's spelling. */
public enum BybitOrderType {
    market("Market"), limit("Limit");

    private final String venue;

    BybitOrderType(String venue) {
        this.venue = venue;
    }

    public String venue() {
        return venue;
    }
}
