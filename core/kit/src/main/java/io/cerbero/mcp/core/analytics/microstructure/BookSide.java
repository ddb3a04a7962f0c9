package io.cerbero.mcp.core.analytics.microstructure;

import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Inputs;

/**
 * One side of an order book, best level first: prices strictly positive and strictly worsening
 * (bids descending, asks ascending — checked by {@link OrderBook}), sizes non-negative.
 */
public record BookSide(double[] prices, double[] sizes) {

    public BookSide {
        Inputs.requirePositiveSeries("prices", prices, 1, "a book side");
        Inputs.requireNonNegativeSeries("sizes", sizes, 1, "a book side");
        Inputs.requireSameLength("sizes", sizes, "prices", prices);
        prices = prices.clone();
        sizes = sizes.clone();
    }

    int levels() {
        return prices.length;
    }

    void requireOrdered(String name, boolean descending) {
        for (int i = 1; i < prices.length; i++) {
            boolean ok = descending ? prices[i] < prices[i - 1] : prices[i] > prices[i - 1];
            if (!ok) {
                throw new AnalyticsInputException(name, "prices must be strictly " + (descending ? "descending" : "ascending")
                        + " from the best level (index " + i + ")");
            }
        }
    }
}
