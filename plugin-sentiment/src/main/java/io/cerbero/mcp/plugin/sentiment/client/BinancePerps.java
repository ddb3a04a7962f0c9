package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.core.support.TtlCache;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Binance USDⓈ-M futures, public endpoints. Errors come as HTTP 4xx with {@code {"code":-1121,"msg":"Invalid
 * symbol."}}; -1003 is its rate limit, HTTP 418 an IP ban, HTTP 451 a restricted location.
 */
public final class BinancePerps implements PerpVenue, OpenInterestHistory, ClosePrices {
    /** Binance's "too many requests" code. */
    static final int TOO_MANY_REQUESTS = -1003;
    /** Symbols without an entry in fundingInfo settle every 8 hours. */
    static final BigDecimal DEFAULT_INTERVAL_HOURS = BigDecimal.valueOf(8);
    /** Funding intervals change rarely, and fundingInfo has its own tight limit (500 per 5 minutes per IP). */
    static final Duration FUNDING_INFO_TTL = Duration.ofHours(1);

    private final UpstreamClient upstream;
    private final Clock clock;
    private final SourceJson json = new SourceJson("Binance");
    private final TtlCache<String, List<FundingInfo>> fundingInfo;

    public BinancePerps(UpstreamClient upstream, Clock clock) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fundingInfo = TtlCache.of(FUNDING_INFO_TTL, 1, clock);
    }

    @Override
    public Venue venue() {
        return Venue.binance;
    }

    record PremiumIndex(String symbol, BigDecimal markPrice, BigDecimal indexPrice, BigDecimal lastFundingRate,
                        Long nextFundingTime, Long time) {
    }

    record FundingInfo(String symbol, BigDecimal fundingIntervalHours) {
    }

    record OpenInterest(String symbol, BigDecimal openInterest, Long time) {
    }

    record OpenInterestHist(String symbol, BigDecimal sumOpenInterest, BigDecimal sumOpenInterestValue,
                            Long timestamp) {
    }

    /**
     * <a href="https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/Mark-Price">
     * GET /fapi/v1/premiumIndex</a> for the rate and
     * <a href="https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/Get-Funding-Rate-Info">
     * GET /fapi/v1/fundingInfo</a> for the interval (listed only for symbols that differ from 8 h; cached an hour).
     */
    @Override
    public CompletableFuture<PerpFunding> funding(String coin) {
        String symbol = venue().perpSymbol(coin);
        CompletableFuture<PremiumIndex> premium = premiumIndex(symbol);
        CompletableFuture<List<FundingInfo>> infos = fundingInfo.get("all",
                all -> this.<List<FundingInfo>>get("/fapi/v1/fundingInfo", "", json.listOf(FundingInfo.class)))
                .thenApply(Cached::value);
        return premium.thenCombine(infos, (p, list) -> {
            BigDecimal interval = list.stream().filter(i -> symbol.equals(i.symbol()))
                    .map(FundingInfo::fundingIntervalHours).filter(Objects::nonNull).findFirst()
                    .orElse(DEFAULT_INTERVAL_HOURS);
            Instant time = p.time() == null ? clock.instant() : Instant.ofEpochMilli(p.time());
            return new PerpFunding(venue(), symbol, FundingRate.of(time, require(p.lastFundingRate()), interval),
                    millis(p.nextFundingTime()), p.markPrice());
        });
    }

    /** GET /fapi/v1/openInterest (base coin) with the premium index's mark price for the USD value. */
    @Override
    public CompletableFuture<PerpOpenInterest> openInterest(String coin) {
        String symbol = venue().perpSymbol(coin);
        CompletableFuture<OpenInterest> oi = get("/fapi/v1/openInterest", Query.of().add("symbol", symbol).build(),
                json.type(OpenInterest.class));
        return oi.thenCombine(premiumIndex(symbol), (o, p) -> {
            BigDecimal base = require(o.openInterest());
            BigDecimal mark = require(p.markPrice());
            Instant time = o.time() == null ? clock.instant() : Instant.ofEpochMilli(o.time());
            return new PerpOpenInterest(venue(), symbol, time, base, base.multiply(mark, MathContext.DECIMAL64), mark);
        });
    }

    /**
     * <a href="https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/Open-Interest-Statistics">
     * GET /futures/data/openInterestHist</a> (the last 30 days only).
     */
    @Override
    public CompletableFuture<List<OiPoint>> openInterestHistory(String coin, OiInterval interval, int limit) {
        String query = Query.of().add("symbol", venue().perpSymbol(coin)).add("period", interval.binance())
                .add("limit", limit).build();
        CompletableFuture<List<OpenInterestHist>> rows = get("/futures/data/openInterestHist", query,
                json.listOf(OpenInterestHist.class));
        return rows.thenApply(list -> list.stream()
                .filter(r -> r.timestamp() != null && r.sumOpenInterest() != null)
                .map(r -> new OiPoint(Instant.ofEpochMilli(r.timestamp()), r.sumOpenInterest(), r.sumOpenInterestValue()))
                .sorted(Comparator.comparing(OiPoint::time))
                .toList());
    }

    /**
     * <a href="https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/Kline-Candlestick-Data">
     * GET /fapi/v1/klines</a>: rows {@code [openTime, open, high, low, close, volume, closeTime, ...]}, oldest first.
     */
    @Override
    public CompletableFuture<List<ClosePrice>> closes(String coin, BarInterval interval, int limit) {
        String query = Query.of().add("symbol", venue().perpSymbol(coin)).add("interval", interval.binance())
                .add("limit", limit).build();
        UpstreamRequest request = UpstreamRequest.get("/fapi/v1/klines", query);
        return upstream.sendAsync(request).thenApply(response -> {
            JsonNode rows = decode(response, request, json.mapper().getTypeFactory().constructType(JsonNode.class));
            Instant now = clock.instant();
            List<ClosePrice> closes = new ArrayList<>();
            for (JsonNode row : rows) {
                Instant open = Instant.ofEpochMilli(row.path(0).asLong());
                if (!open.plus(interval.length()).isAfter(now)) {
                    closes.add(new ClosePrice(open, Decimals.parse(row.path(4), json, response, request)));
                }
            }
            closes.sort(Comparator.comparing(ClosePrice::openTime));
            return closes;
        });
    }

    private CompletableFuture<PremiumIndex> premiumIndex(String symbol) {
        return get("/fapi/v1/premiumIndex", Query.of().add("symbol", symbol).build(), json.type(PremiumIndex.class));
    }

    private <T> CompletableFuture<T> get(String path, String query, JavaType type) {
        UpstreamRequest request = UpstreamRequest.get(path, query);
        return upstream.sendAsync(request).thenApply(response -> decode(response, request, type));
    }

    private <T> T decode(UpstreamResponse response, UpstreamRequest request, JavaType type) {
        if (!response.isSuccess()) {
            throw error(response, request);
        }
        return json.read(response, request, type);
    }

    /** {"code":-1121,"msg":"Invalid symbol."} on a 4xx; a status alone otherwise. */
    private ToolException error(UpstreamResponse response, UpstreamRequest request) {
        JsonNode body = json.tree(response).orElse(null);
        // 418 (IP ban) and 451 (restricted location) mean more than the code Binance puts beside them
        if (body != null && body.has("code") && response.status() != 418 && response.status() != 451) {
            int code = body.path("code").asInt();
            return code == TOO_MANY_REQUESTS ? SentimentErrors.rateLimited(json.source(), request, code)
                    : SentimentErrors.rejected(json.source(), request, code, body.path("msg").asText(null));
        }
        return SentimentErrors.httpStatus(json.source(), response, request, null);
    }

    private static BigDecimal require(BigDecimal value) {
        if (value == null) {
            throw ToolException.upstreamError("Binance answered without a value the gateway needs");
        }
        return value;
    }

    private static Instant millis(Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? null : Instant.ofEpochMilli(epochMillis);
    }

    @Override
    public String toString() {
        return "BinancePerps[" + upstream.baseUrl() + "]";
    }
}
