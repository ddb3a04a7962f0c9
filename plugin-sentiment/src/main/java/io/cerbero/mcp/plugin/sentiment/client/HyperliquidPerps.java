package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.core.support.TtlCache;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Hyperliquid perpetuals through {@code POST /info}. One {@code metaAndAssetCtxs} call answers for every coin:
 * the asset contexts are aligned by position with {@code universe}. Funding is <b>hourly</b> and paid on the hour;
 * open interest is in coin units. There is no open-interest history endpoint. The answer is kept a few seconds, so
 * the tools of one burst (funding, open interest, heatmap) share one download of the whole universe.
 */
public final class HyperliquidPerps implements PerpVenue {
    static final String META_AND_ASSET_CTXS = "{\"type\":\"metaAndAssetCtxs\"}";
    /** Weight 20 of 1200 a minute per IP: a short reuse keeps bursts of calls to one request. */
    static final Duration CONTEXTS_TTL = Duration.ofSeconds(2);

    private final UpstreamClient upstream;
    private final Clock clock;
    private final SourceJson json = new SourceJson("Hyperliquid");
    private final TtlCache<String, Map<String, JsonNode>> contexts;

    public HyperliquidPerps(UpstreamClient upstream, Clock clock) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.contexts = TtlCache.of(CONTEXTS_TTL, 1, clock);
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
        return contexts.get("perps", all -> upstream.sendAsync(request).thenApply(response -> listed(response, request)))
                .thenApply(Cached::value)
                .thenApply(listed -> {
                    JsonNode ctx = listed.get(coin);
                    if (ctx == null) {
                        throw SentimentErrors.rejected(json.source(), request, null, "no listed perpetual named " + coin);
                    }
                    return new AssetContext(coin, decimal(ctx, "funding", request), decimal(ctx, "openInterest", request),
                            decimal(ctx, "markPx", request));
                });
    }

    /** One field of a context; parsed per coin, so one odd coin never spoils the others. */
    private BigDecimal decimal(JsonNode ctx, String field, UpstreamRequest request) {
        JsonNode node = ctx.path(field);
        try {
            if (node.isTextual() || node.isNumber()) {
                return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ToolException.upstreamError("Hyperliquid answered " + request.path()
                + " without a readable " + field);
    }

    /** Every listed (not delisted) perpetual's raw context, by coin name. */
    private Map<String, JsonNode> listed(UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            throw SentimentErrors.httpStatus(json.source(), response, request, null);
        }
        JsonNode answer = json.read(response, request, JsonNode.class);
        JsonNode universe = answer.path(0).path("universe");
        JsonNode ctxs = answer.path(1);
        if (!universe.isArray() || !ctxs.isArray()) {
            throw SentimentErrors.unparseable(json.source(), response, request);
        }
        Map<String, JsonNode> listed = new HashMap<>();
        for (int i = 0; i < universe.size() && i < ctxs.size(); i++) {
            JsonNode asset = universe.get(i);
            if (!asset.path("isDelisted").asBoolean(false) && asset.path("name").isTextual()) {
                listed.put(asset.path("name").asText(), ctxs.get(i));
            }
        }
        return Map.copyOf(listed);
    }

    @Override
    public String toString() {
        return "HyperliquidPerps[" + upstream.baseUrl() + "]";
    }
}
