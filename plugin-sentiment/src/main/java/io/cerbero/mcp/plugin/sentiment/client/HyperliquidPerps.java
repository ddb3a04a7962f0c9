package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Hyperliquid perpetuals through {@code POST /info}. One {@code metaAndAssetCtxs} call answers for every coin:
 * the asset contexts are aligned by position with {@code universe}. Funding is <b>hourly</b> and paid on the hour;
 * open interest is in coin units. There is no open-interest history endpoint.
 */
public final class HyperliquidPerps implements PerpVenue {
    static final String META_AND_ASSET_CTXS = "{\"type\":\"metaAndAssetCtxs\"}";

    private final UpstreamClient upstream;
    private final Clock clock;
    private final SourceJson json = new SourceJson("Hyperliquid");

    public HyperliquidPerps(UpstreamClient upstream, Clock clock) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Venue venue() {
        return Venue.hyperliquid;
    }

    /** One coin's context: {@code funding} (per hour), {@code openInterest} (coin), {@code markPx}. */
    private record AssetContext(String coin, BigDecimal funding, BigDecimal openInterest, BigDecimal markPx) {
    }

    @Override
    public CompletableFuture<PerpFunding> funding(String coin) {
        return context(coin).thenApply(ctx -> {
            Instant now = clock.instant();
            Instant nextHour = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
            return new PerpFunding(venue(), ctx.coin(), FundingRate.of(now, ctx.funding(), BigDecimal.ONE), nextHour,
                    ctx.markPx());
        });
    }

    @Override
    public CompletableFuture<PerpOpenInterest> openInterest(String coin) {
        return context(coin).thenApply(ctx -> new PerpOpenInterest(venue(), ctx.coin(), clock.instant(),
                ctx.openInterest(), ctx.openInterest().multiply(ctx.markPx(), MathContext.DECIMAL64), ctx.markPx()));
    }

    /**
     * <a href="https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint/perpetuals">POST /info
     * metaAndAssetCtxs</a> → {@code [ {universe:[{name, isDelisted?}...]}, [ctx...] ]}. A read, so marked idempotent
     * (the host may retry it) although it is a POST.
     */
    private CompletableFuture<AssetContext> context(String coin) {
        UpstreamRequest request = UpstreamRequest.postJson("/info", META_AND_ASSET_CTXS).withIdempotent(true);
        return upstream.sendAsync(request).thenApply(response -> pick(coin, response, request));
    }

    private AssetContext pick(String coin, UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            throw SentimentErrors.httpStatus(json.source(), response, request, null);
        }
        JsonNode answer = json.read(response, request, JsonNode.class);
        JsonNode universe = answer.path(0).path("universe");
        JsonNode contexts = answer.path(1);
        if (!universe.isArray() || !contexts.isArray()) {
            throw SentimentErrors.unparseable(json.source(), response, request);
        }
        for (int i = 0; i < universe.size(); i++) {
            JsonNode asset = universe.get(i);
            if (coin.equals(asset.path("name").asText()) && !asset.path("isDelisted").asBoolean(false)) {
                JsonNode ctx = contexts.path(i);
                BigDecimal funding = Decimals.parse(ctx.path("funding"), json, response, request);
                BigDecimal openInterest = Decimals.parse(ctx.path("openInterest"), json, response, request);
                BigDecimal mark = Decimals.parse(ctx.path("markPx"), json, response, request);
                return new AssetContext(coin, funding, openInterest, mark);
            }
        }
        throw SentimentErrors.rejected(json.source(), request, null, "no listed perpetual named " + coin);
    }

    @Override
    public String toString() {
        return "HyperliquidPerps[" + upstream.baseUrl() + "]";
    }
}
