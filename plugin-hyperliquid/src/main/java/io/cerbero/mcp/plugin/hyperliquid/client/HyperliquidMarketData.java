package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** Venue DTOs of the public {@code /info} requests, in the venue's field names. Decimals arrive as strings. */
public final class HyperliquidMarketData {
    private HyperliquidMarketData() {
    }

    /** {@code meta}: the perp universe; an asset's index in {@code universe} is its asset id. */
    public record Meta(List<Asset> universe) {
        public Meta {
            universe = universe == null ? List.of() : universe;
        }
    }

    /** One perp of {@code meta.universe}. */
    public record Asset(String name, int szDecimals, Integer maxLeverage, Boolean onlyIsolated, Boolean isDelisted) {
        public boolean delisted() {
            return Boolean.TRUE.equals(isDelisted);
        }
    }

    /** One element of the context array of {@code metaAndAssetCtxs}, aligned with {@code meta.universe}. */
    public record AssetCtx(BigDecimal funding, BigDecimal openInterest, BigDecimal prevDayPx, BigDecimal dayNtlVlm,
                           BigDecimal premium, BigDecimal oraclePx, BigDecimal markPx, BigDecimal midPx,
                           List<BigDecimal> impactPxs, BigDecimal dayBaseVlm) {
    }

    /** {@code metaAndAssetCtxs}: a two-element array on the wire. */
    public record MetaAndCtxs(Meta meta, List<AssetCtx> ctxs) {
    }

    /** {@code spotMeta}. */
    public record SpotMeta(List<SpotPair> universe, List<SpotToken> tokens) {
        public SpotMeta {
            universe = universe == null ? List.of() : universe;
            tokens = tokens == null ? List.of() : tokens;
        }
    }

    /** A spot pair: {@code "PURR/USDC"} or {@code "@107"}; {@code tokens} are the base and quote token indices. */
    public record SpotPair(String name, List<Integer> tokens, int index) {
    }

    public record SpotToken(String name, int szDecimals, int index) {
    }

    /** One element of the context array of {@code spotMetaAndAssetCtxs}. */
    public record SpotCtx(String coin, BigDecimal markPx, BigDecimal midPx, BigDecimal prevDayPx,
                          BigDecimal dayNtlVlm) {
    }

    /** {@code spotMetaAndAssetCtxs}. */
    public record SpotMetaAndCtxs(SpotMeta meta, List<SpotCtx> ctxs) {
    }

    /** {@code l2Book}: {@code levels[0]} bids (best first), {@code levels[1]} asks. */
    public record L2Book(String coin, Long time, List<List<Level>> levels) {
    }

    /** One book level; {@code n} counts the orders at that price. */
    public record Level(BigDecimal px, BigDecimal sz, Integer n) {
    }

    /** {@code candleSnapshot} row: open/close times in ms, prices and base volume as strings. */
    public record Candle(@JsonProperty("t") long openTime, @JsonProperty("T") Long closeTime,
                         @JsonProperty("s") String coin, @JsonProperty("i") String interval,
                         @JsonProperty("o") BigDecimal open, @JsonProperty("c") BigDecimal close,
                         @JsonProperty("h") BigDecimal high, @JsonProperty("l") BigDecimal low,
                         @JsonProperty("v") BigDecimal volume, @JsonProperty("n") Integer trades) {
    }

    /** {@code fundingHistory} row: the hourly rate paid at {@code time}. */
    public record Funding(String coin, BigDecimal fundingRate, BigDecimal premium, long time) {
    }
}
