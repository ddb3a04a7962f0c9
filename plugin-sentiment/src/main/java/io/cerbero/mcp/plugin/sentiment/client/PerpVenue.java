package io.cerbero.mcp.plugin.sentiment.client;

import java.util.concurrent.CompletableFuture;

/**
 * One venue's public perpetual data, read without blocking (every method returns at once; the future fails with
 * the venue's mapped {@link io.cerbero.mcp.core.spi.ToolException}). Coins are upper-case tickers (BTC); the venue
 * maps them to its own symbol with {@link Venue#perpSymbol}. Venues that publish more implement
 * {@link OpenInterestHistory} and {@link ClosePrices} as well.
 */
public interface PerpVenue {

    Venue venue();

    /** The current (next to be paid) funding rate. */
    CompletableFuture<PerpFunding> funding(String coin);

    /** The current open interest with the mark price. */
    CompletableFuture<PerpOpenInterest> openInterest(String coin);
}
