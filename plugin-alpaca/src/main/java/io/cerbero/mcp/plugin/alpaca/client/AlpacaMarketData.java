package io.cerbero.mcp.plugin.alpaca.client;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * DTOs of the market data API ({@code https://docs.alpaca.markets/reference/stocksnapshots}): one-letter fields as
 * Alpaca names them, camelCase where Alpaca uses it. Any field may be absent (null).
 */
public final class AlpacaMarketData {
    private AlpacaMarketData() {
    }

    /** A bar: {@code t} start, {@code o h l c}, {@code v} volume, {@code n} trades, {@code vw} VWAP. */
    public record Bar(Instant t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, BigDecimal v, Long n,
                      BigDecimal vw) {
    }

    /** A trade: time, exchange, price, size. */
    public record Trade(Instant t, String x, BigDecimal p, BigDecimal s) {
    }

    /** A quote: time, ask exchange/price/size, bid exchange/price/size. */
    public record Quote(Instant t, String ax, BigDecimal ap, @JsonProperty("as") BigDecimal askSize, String bx,
                        BigDecimal bp, BigDecimal bs) {
    }

    /** {@code GET /v2/stocks/bars} (and options bars): bars per symbol, oldest first, and the next page. */
    public record Bars(Map<String, java.util.List<Bar>> bars,
                       @JsonProperty("next_page_token") String nextPageToken) {
    }

    /** One value of {@code GET /v2/stocks/snapshots}. */
    public record StockSnapshot(@JsonProperty("latestTrade") Trade latestTrade,
                                @JsonProperty("latestQuote") Quote latestQuote,
                                @JsonProperty("minuteBar") Bar minuteBar,
                                @JsonProperty("dailyBar") Bar dailyBar,
                                @JsonProperty("prevDailyBar") Bar prevDailyBar) {
    }

    /** Greeks of an option snapshot; absent for illiquid contracts. */
    public record Greeks(BigDecimal delta, BigDecimal gamma, BigDecimal rho, BigDecimal theta, BigDecimal vega) {
    }

    /** One value of {@code GET /v1beta1/options/snapshots…}. */
    public record OptionSnapshot(@JsonProperty("latestTrade") Trade latestTrade,
                                 @JsonProperty("latestQuote") Quote latestQuote,
                                 @JsonProperty("minuteBar") Bar minuteBar,
                                 @JsonProperty("dailyBar") Bar dailyBar,
                                 @JsonProperty("prevDailyBar") Bar prevDailyBar,
                                 Greeks greeks,
                                 @JsonProperty("impliedVolatility") BigDecimal impliedVolatility) {
    }

    /** {@code GET /v1beta1/options/snapshots[/{underlying}]}: snapshots by OCC symbol, and the next page. */
    public record OptionSnapshots(Map<String, OptionSnapshot> snapshots,
                                  @JsonProperty("next_page_token") String nextPageToken) {
    }
}
