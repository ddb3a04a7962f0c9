package io.cerbero.mcp.plugin.alpaca.orders;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaClient;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.OptionSnapshot;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Quote;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.StockSnapshot;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The price the leverage check values an unpriced order at (market orders, resting market orders), from the
 * snapshots of the data API in one call per asset class. A stock is valued at its latest trade (the quote's
 * mid-price when there is none); an option at its quote's mid-price (the latest trade when there is no two-sided
 * quote), because option trades can be hours old.
 */
public final class AlpacaPrices {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final AlpacaClient client;
    private final String stockFeed;
    private final String optionsFeed;

    public AlpacaPrices(AlpacaClient client, String stockFeed, String optionsFeed) {
        this.client = Objects.requireNonNull(client, "client");
        this.stockFeed = Objects.requireNonNull(stockFeed, "stockFeed");
        this.optionsFeed = Objects.requireNonNull(optionsFeed, "optionsFeed");
    }

    /**
     * The price of one symbol.
     *
     * @throws ToolException UPSTREAM_ERROR when the data API has no usable price
     */
    public BigDecimal latest(String symbol) {
        return latest(List.of(symbol)).get(symbol);
    }

    /** The prices of several symbols (each present in the answer), in at most two calls. */
    public Map<String, BigDecimal> latest(List<String> symbols) {
        List<String> stocks = new ArrayList<>();
        List<String> options = new ArrayList<>();
        symbols.stream().distinct().forEach(s -> (AlpacaInstruments.isOption(s) ? options : stocks).add(s));
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        if (!stocks.isEmpty()) {
            Map<String, StockSnapshot> snapshots = client.stockSnapshots(stocks, stockFeed);
            for (String s : stocks) {
                StockSnapshot snap = snapshots == null ? null : snapshots.get(s);
                prices.put(s, require(s, snap == null ? null : first(trade(snap.latestTrade()), mid(snap.latestQuote()))));
            }
        }
        if (!options.isEmpty()) {
            var answer = client.optionSnapshots(options, optionsFeed);
            for (String s : options) {
                OptionSnapshot snap = answer.snapshots() == null ? null : answer.snapshots().get(s);
                prices.put(s, require(s, snap == null ? null : first(mid(snap.latestQuote()), trade(snap.latestTrade()))));
            }
        }
        return prices;
    }

    /** Mid of a two-sided quote, else null. */
    public static BigDecimal mid(Quote q) {
        if (q == null || q.ap() == null || q.bp() == null || q.ap().signum() <= 0 || q.bp().signum() <= 0) {
            return null;
        }
        return q.ap().add(q.bp()).divide(TWO, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static BigDecimal trade(Trade t) {
        return t == null || t.p() == null || t.p().signum() <= 0 ? null : t.p();
    }

    private static BigDecimal first(BigDecimal a, BigDecimal b) {
        return a != null ? a : b;
    }

    private static BigDecimal require(String symbol, BigDecimal price) {
        if (price == null) {
            throw ToolException.upstreamError("Alpaca's market data has no usable price for " + symbol
                    + " to value the order for the leverage check").withRetryable(false)
                    .withFix("give a limit price, or retry when the symbol trades");
        }
        return price;
    }
}
