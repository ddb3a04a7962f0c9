package io.cerbero.mcp.plugin.sentiment.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A venue that publishes open-interest history (Binance, Bybit, OKX; Hyperliquid and Deribit do not). */
public interface OpenInterestHistory {

    /** Samples oldest first, at most {@code limit}. */
    CompletableFuture<List<OiPoint>> openInterestHistory(String coin, OiInterval interval, int limit);
}
