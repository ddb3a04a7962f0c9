package io.cerbero.mcp.plugin.bybit.client;

import java.util.List;

/**
 * The common {@code result} shape of list endpoints.
 *
 * @param category       echo of the category, when the endpoint sends it
 * @param symbol         echo of the symbol, when the endpoint sends it
 * @param list           the rows (order as the venue sends them: see each endpoint)
 * @param nextPageCursor cursor for the next page; empty or null when none
 */
public record BybitPage<T>(String category, String symbol, List<T> list, String nextPageCursor) {
    public BybitPage {
        list = list == null ? List.of() : List.copyOf(list);
    }
}
