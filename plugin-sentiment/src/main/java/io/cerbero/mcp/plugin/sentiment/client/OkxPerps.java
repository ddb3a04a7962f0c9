package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * OKX v5 USDT-margined swaps, public endpoints. Every answer is {@code {"code":"0","msg":"","data":[...]}}; success
 * is the string {@code "0"}, codes 50011 / 50061 are its rate limits. Funding intervals are not published as a field:
 * the interval is the gap between {@code fundingTime} and {@code nextFundingTime}.
 */
public final class OkxPerps implements PerpVenue, OpenInterestHistory {
    static final Set<String> RATE_LIMIT_CODES = Set.of("50011", "50061");
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);

    private final UpstreamClient upstream;
    private final Clock clock;
    private final SourceJson json = new SourceJson("OKX");

    public OkxPerps(UpstreamClient upstream, Clock clock) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Venue venue() {
        return Venue.okx;
    }

    record Envelope<T>(String code, String msg, List<T> data) {
    }

    record Funding(String instId, BigDecimal fundingRate, Long fundingTime, Long nextFundingTime, Long ts) {
    }

    record OpenInterest(String instId, BigDecimal oi, BigDecimal oiCcy, BigDecimal oiUsd, Long ts) {
    }

    record MarkPrice(String instId, BigDecimal markPx, Long ts) {
    }

    /**
     * <a href="https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate">GET
     * /api/v5/public/funding-rate</a>: {@code fundingRate} is the rate settled at {@code fundingTime}, the next one.
     */
    @Override
    public CompletableFuture<PerpFunding> funding(String coin) {
        String symbol = venue().perpSymbol(coin);
        CompletableFuture<Funding> answer = first("/api/v5/public/funding-rate",
                Query.of().add("instId", symbol).build(), Funding.class);
        return answer.thenApply(f -> {
            BigDecimal rate = f.fundingRate();
            if (rate == null) {
                throw ToolException.upstreamError("OKX answered without a funding rate for " + symbol);
            }
            Instant time = f.ts() == null ? clock.instant() : Instant.ofEpochMilli(f.ts());
            return new PerpFunding(venue(), symbol, FundingRate.of(time, rate, intervalHours(f)),
                    f.fundingTime() == null ? null : Instant.ofEpochMilli(f.fundingTime()), null);
        });
    }

    /** Unknown (null) when OKX leaves either time out: the rate then cannot be normalised. */
    static BigDecimal intervalHours(Funding f) {
        if (f.fundingTime() == null || f.nextFundingTime() == null || f.nextFundingTime() <= f.fundingTime()) {
            return null;
        }
        return BigDecimal.valueOf(f.nextFundingTime() - f.fundingTime()).divide(MILLIS_PER_HOUR, MathContext.DECIMAL64)
                .stripTrailingZeros();
    }

    /**
     * <a href="https://www.okx.com/docs-v5/en/#public-data-rest-api-get-open-interest">GET
     * /api/v5/public/open-interest</a> ({@code oiCcy} in coin, {@code oiUsd}) with
     * <a href="https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price">GET /api/v5/public/mark-price</a>.
     */
    @Override
    public CompletableFuture<PerpOpenInterest> openInterest(String coin) {
        String symbol = venue().perpSymbol(coin);
        CompletableFuture<OpenInterest> oi = first("/api/v5/public/open-interest",
                Query.of().add("instType", "SWAP").add("instId", symbol).build(), OpenInterest.class);
        CompletableFuture<MarkPrice> mark = first("/api/v5/public/mark-price",
                Query.of().add("instType", "SWAP").add("instId", symbol).build(), MarkPrice.class);
        return oi.thenCombine(mark, (o, m) -> {
            if (o.oiCcy() == null || m.markPx() == null) {
                throw ToolException.upstreamError("OKX answered without open interest or mark price for " + symbol);
            }
            BigDecimal usd = o.oiUsd() != null ? o.oiUsd() : o.oiCcy().multiply(m.markPx(), MathContext.DECIMAL64);
            Instant time = o.ts() == null ? clock.instant() : Instant.ofEpochMilli(o.ts());
            return new PerpOpenInterest(venue(), symbol, time, o.oiCcy(), usd, m.markPx());
        });
    }

    /**
     * <a href="https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-open-interest-history">GET
     * /api/v5/rubik/stat/contracts/open-interest-history</a>: rows {@code [ts, oi, oiCcy, oiUsd]} as strings, at most
     * 100.
     */
    @Override
    public CompletableFuture<List<OiPoint>> openInterestHistory(String coin, OiInterval interval, int limit) {
        String query = Query.of().add("instId", venue().perpSymbol(coin)).add("period", interval.okx())
                .add("limit", limit).build();
        UpstreamRequest request = UpstreamRequest.get("/api/v5/rubik/stat/contracts/open-interest-history", query);
        return upstream.sendAsync(request).thenApply(response -> {
            Envelope<JsonNode> envelope = decode(response, request, json.type(Envelope.class, JsonNode.class));
            List<OiPoint> points = new ArrayList<>();
            for (JsonNode row : envelope.data() == null ? List.<JsonNode>of() : envelope.data()) {
                points.add(new OiPoint(Instant.ofEpochMilli(row.path(0).asLong()),
                        Decimals.parse(row.path(2), json, response, request),
                        Decimals.optional(row.path(3), json, response, request)));
            }
            points.sort(Comparator.comparing(OiPoint::time));
            return points;
        });
    }

    private <T> CompletableFuture<T> first(String path, String query, Class<T> row) {
        UpstreamRequest request = UpstreamRequest.get(path, query);
        return upstream.sendAsync(request).thenApply(response -> {
            Envelope<T> envelope = decode(response, request, json.type(Envelope.class, row));
            if (envelope.data() == null || envelope.data().isEmpty()) {
                throw SentimentErrors.rejected(json.source(), request, null, "no data for this instrument");
            }
            return envelope.data().get(0);
        });
    }

    /** The {@code code} decides, whatever the HTTP status; a body without one falls back to the status. */
    private <T> Envelope<T> decode(UpstreamResponse response, UpstreamRequest request, JavaType type) {
        Envelope<T> envelope = json.read(response, request, type);
        if (envelope.code() == null) {
            throw SentimentErrors.unparseable(json.source(), response, request);
        }
        if (RATE_LIMIT_CODES.contains(envelope.code())) {
            throw SentimentErrors.rateLimited(json.source(), request, envelope.code());
        }
        if (!"0".equals(envelope.code())) {
            throw SentimentErrors.rejected(json.source(), request, envelope.code(), envelope.msg());
        }
        if (!response.isSuccess()) {
            throw SentimentErrors.httpStatus(json.source(), response, request, null);
        }
        return envelope;
    }

    @Override
    public String toString() {
        return "OkxPerps[" + upstream.baseUrl() + "]";
    }
}
