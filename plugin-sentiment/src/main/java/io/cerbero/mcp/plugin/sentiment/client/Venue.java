package io.cerbero.mcp.plugin.sentiment.client;

import java.util.Locale;

/**
 * The perpetual venues whose public funding and open interest this plugin reads. JSON values are the lowercase
 * names; each venue's base URL is {@code SENTIMENT_<VENUE>_URL}.
 */
public enum Venue {
    /** USDⓈ-M futures; 2400 request weight per minute per IP. */
    binance("https://fapi.binance.com", 10),
    /** v5 linear; 600 requests per 5 s per IP. */
    bybit("https://api.bybit.com", 10),
    /** v5 public data; 20 requests per 2 s per IP on most endpoints, 10 per 2 s on statistics. */
    okx("https://www.okx.com", 5),
    /** /info weight 20 for metaAndAssetCtxs against 1200 per minute per IP: one a second. */
    hyperliquid("https://api.hyperliquid.xyz", 1),
    /** Public API v2; about 20 non-matching requests per second. */
    deribit("https://www.deribit.com", 5);

    private final String defaultUrl;
    private final int requestsPerSecond;

    Venue(String defaultUrl, int requestsPerSecond) {
        this.defaultUrl = defaultUrl;
        this.requestsPerSecond = requestsPerSecond;
    }

    /** The upstream id declared to the host: the lowercase name. */
    public String upstreamId() {
        return name();
    }

    /** {@code SENTIMENT_BINANCE_URL} ... */
    public String urlKey() {
        return "SENTIMENT_" + name().toUpperCase(Locale.ROOT) + "_URL";
    }

    public String defaultUrl() {
        return defaultUrl;
    }

    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    /**
     * The venue's USD-margined (or, on Deribit, the main) perpetual of a coin: BTC → BTCUSDT (Binance, Bybit),
     * BTC-USDT-SWAP (OKX), BTC (Hyperliquid), BTC-PERPETUAL (Deribit, inverse; coins other than BTC and ETH use the
     * linear {@code <COIN>_USDC-PERPETUAL}).
     */
    public String perpSymbol(String coin) {
        return switch (this) {
            case binance, bybit -> coin + "USDT";
            case okx -> coin + "-USDT-SWAP";
            case hyperliquid -> coin;
            case deribit -> isDeribitInverse(coin) ? coin + "-PERPETUAL" : coin + "_USDC-PERPETUAL";
        };
    }

    /** Deribit's inverse perpetuals (open interest in USD) exist for BTC and ETH only. */
    static boolean isDeribitInverse(String coin) {
        return coin.equals("BTC") || coin.equals("ETH");
    }
}
