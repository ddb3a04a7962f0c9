package io.cerbero.mcp.core.analytics.microstructure;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;

/**
 * Order-book snapshot metrics. All hand-written (a few sums over the top levels).
 * <ul>
 *   <li>{@link #imbalance}: {@code (B - A) / (B + A)} with B, A the bid and ask size summed over the
 *   top N levels; in [-1, 1], positive = bid-heavy.</li>
 *   <li>{@link #depthWeightedMid}: the size-weighted ("micro") mid generalised to N levels,
 *   {@code (VWAP_bid * A + VWAP_ask * B) / (A + B)}: each side's VWAP is weighted by the
 *   <i>opposite</i> side's depth, so the mid leans toward the thinner side, where price is more
 *   likely to move. With N = 1 it is the classic microprice.</li>
 *   <li>{@link #spreadBps}: {@code (bestAsk - bestBid) / mid * 10^4}.</li>
 * </ul>
 * A crossed or locked book (best ask &lt;= best bid) is rejected.
 */
public final class OrderBook {

    private OrderBook() {
    }

    public static double imbalance(BookSide bids, BookSide asks, int topN) {
        check(bids, asks, topN);
        double b = sum(bids.sizes(), topN);
        double a = sum(asks.sizes(), topN);
        if (a + b == 0) {
            throw new AnalyticsInputException("sizes", "no size in the top " + topN + " levels; imbalance is undefined");
        }
        return (b - a) / (b + a);
    }

    public static double depthWeightedMid(BookSide bids, BookSide asks, int topN) {
        check(bids, asks, topN);
        double b = sum(bids.sizes(), topN);
        double a = sum(asks.sizes(), topN);
        if (a == 0 || b == 0) {
            throw new AnalyticsInputException("sizes", "both sides need size in the top " + topN + " levels");
        }
        double vb = 0;
        double va = 0;
        for (int i = 0; i < Math.min(topN, bids.levels()); i++) {
            vb += bids.prices()[i] * bids.sizes()[i];
        }
        for (int i = 0; i < Math.min(topN, asks.levels()); i++) {
            va += asks.prices()[i] * asks.sizes()[i];
        }
        vb /= b;
        va /= a;
        return (vb * a + va * b) / (a + b);
    }

    public static double spreadBps(BookSide bids, BookSide asks) {
        check(bids, asks, 1);
        double bid = bids.prices()[0];
        double ask = asks.prices()[0];
        return (ask - bid) / (0.5 * (ask + bid)) * 1e4;
    }

    private static void check(BookSide bids, BookSide asks, int topN) {
        if (bids == null || asks == null) {
            throw new AnalyticsInputException(bids == null ? "bids" : "asks", "must not be null");
        }
        if (topN < 1) {
            throw new AnalyticsInputException("topN", "must be >= 1, got " + topN);
        }
        bids.requireOrdered("bids", true);
        asks.requireOrdered("asks", false);
        if (asks.prices()[0] <= bids.prices()[0]) {
            throw new AnalyticsInputException("asks", "book is crossed or locked: best ask " + asks.prices()[0]
                    + " <= best bid " + bids.prices()[0]);
        }
    }

    private static double sum(double[] x, int topN) {
        double s = 0;
        for (int i = 0; i < Math.min(topN, x.length); i++) {
            s += x[i];
        }
        return s;
    }
}
