package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
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
 * Bybit v5 linear perpetuals, public market endpoints. Every answer is the {@code retCode} envelope (errors usually
 * with HTTP 200); retCode 10006 is the rate limit, HTTP 403 the per-IP limit (a 10-minute ban) or a blocked region.
 * Lists of history come newest first.
 */
public final class BybitPerps implements PerpVenue, OpenInterestHistory, ClosePrices {
    static final int RATE_LIMIT = 10006;

    private final UpstreamClient upstream;
    private final Clock clock;
    private final SourceJson json = new SourceJson("Bybit");

    public BybitPerps(UpstreamClient upstream, Clock clock) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Venue venue() {
        return Venue.bybit;
    }

    record Envelope<T>(Integer retCode, String retMsg, Page<T> result, Long time) {
    }

    record Page<T>(List<T> list) {
    }

    record Ticker(String symbol, BigDecimal markPrice, BigDecimal fundingRate, Long nextFundingTime,
                  BigDecimal fundingIntervalHour, BigDecimal openInterest, BigDecimal openInterestValue) {
    }

    record OpenInterestRow(BigDecimal openInterest, Long timestamp) {
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/market/tickers">GET /v5/market/tickers</a> */
    @Override
    public CompletableFuture<PerpFunding> funding(String coin) {
        return ticker(coin).thenApply(t -> {
            FundingRate rate = FundingRate.of(t.time, require(t.row.fundingRate()), t.row.fundingIntervalHour());
            return new PerpFunding(venue(), t.row.symbol(), rate, millis(t.row.nextFundingTime()), t.row.markPrice());
        });
    }

    /** The ticker's open interest (base coin) and its USD value. */
    @Override
    public CompletableFuture<PerpOpenInterest> openInterest(String coin) {
        return ticker(coin).thenApply(t -> {
            BigDecimal base = require(t.row.openInterest());
            BigDecimal mark = require(t.row.markPrice());
            BigDecimal usd = t.row.openInterestValue() != null ? t.row.openInterestValue()
                    : base.multiply(mark, MathContext.DECIMAL64);
            return new PerpOpenInterest(venue(), t.row.symbol(), t.time, base, usd, mark);
        });
    }

    /**
     * <a href="https://bybit-exchange.github.io/docs/v5/market/open-interest">GET /v5/market/open-interest</a>
     * (base coin for linear; newest first on the wire).
     */
    @Override
    public CompletableFuture<List<OiPoint>> openInterestHistory(String coin, OiInterval interval, int limit) {
        String query = Query.of().add("category", "linear").add("symbol", venue().perpSymbol(coin))
                .add("intervalTime", interval.bybit()).add("limit", limit).build();
        CompletableFuture<Envelope<OpenInterestRow>> answer = get("/v5/market/open-interest", query,
                OpenInterestRow.class);
        return answer.thenApply(envelope -> rows(envelope).stream()
                .filter(r -> r.timestamp() != null && r.openInterest() != null)
                .map(r -> new OiPoint(Instant.ofEpochMilli(r.timestamp()), r.openInterest(), null))
                .sorted(Comparator.comparing(OiPoint::time))
                .toList());
    }

    /**
     * <a href="https://bybit-exchange.github.io/docs/v5/market/kline">GET /v5/market/kline</a>: rows
     * {@code [startTime, open, high, low, close, volume, turnover]} as strings, <b>newest first</b>.
     */
    @Override
    public CompletableFuture<List<ClosePrice>> closes(String coin, BarInterval interval, int limit) {
        String query = Query.of().add("category", "linear").add("symbol", venue().perpSymbol(coin))
                .add("interval", interval.bybit()).add("limit", limit).build();
        UpstreamRequest request = UpstreamRequest.get("/v5/market/kline", query);
        return upstream.sendAsync(request).thenApply(response -> {
            Envelope<JsonNode> envelope = decode(response, request, json.type(Envelope.class, JsonNode.class));
            Instant now = clock.instant();
            List<ClosePrice> closes = new ArrayList<>();
            for (JsonNode row : rows(envelope)) {
                Instant open = Instant.ofEpochMilli(row.path(0).asLong());
                if (!open.plus(interval.length()).isAfter(now)) {
                    closes.add(new ClosePrice(open, Decimals.parse(row.path(4), json, response, request)));
                }
            }
            closes.sort(Comparator.comparing(ClosePrice::openTime));
            return closes;
        });
    }

    private record Stamped(Ticker row, Instant time) {
    }

    private CompletableFuture<Stamped> ticker(String coin) {
        String symbol = venue().perpSymbol(coin);
        String query = Query.of().add("category", "linear").add("symbol", symbol).build();
        CompletableFuture<Envelope<Ticker>> answer = get("/v5/market/tickers", query, Ticker.class);
        return answer.thenApply(envelope -> {
            Ticker row = rows(envelope).stream().filter(t -> symbol.equals(t.symbol())).findFirst()
                    .orElseThrow(() -> ToolException.upstreamRejected("Bybit has no linear perpetual " + symbol));
            Instant time = envelope.time() == null ? clock.instant() : Instant.ofEpochMilli(envelope.time());
            return new Stamped(row, time);
        });
    }

    private <T> CompletableFuture<Envelope<T>> get(String path, String query, Class<T> row) {
        UpstreamRequest request = UpstreamRequest.get(path, query);
        return upstream.sendAsync(request)
                .thenApply(response -> decode(response, request, json.type(Envelope.class, row)));
    }

    /** HTTP status first (403 is Bybit's IP limit), then the retCode, whatever the status. */
    private <T> Envelope<T> decode(UpstreamResponse response, UpstreamRequest request, JavaType type) {
        if (response.status() == 403) {
            throw ToolException.of(ErrorCode.RATE_LIMIT, "Bybit refused this server's IP (HTTP 403): IP rate limit "
                            + "breached or region blocked")
                    .withRetryAfter(Duration.ofMinutes(10))
                    .withDetail(io.cerbero.mcp.core.spi.ErrorDetails.ENDPOINT, request.path());
        }
        Envelope<T> envelope = json.read(response, request, type);
        if (envelope.retCode() == null) {
            throw SentimentErrors.unparseable(json.source(), response, request);
        }
        if (envelope.retCode() == RATE_LIMIT) {
            throw SentimentErrors.rateLimited(json.source(), request, RATE_LIMIT);
        }
        if (envelope.retCode() != 0) {
            throw SentimentErrors.rejected(json.source(), request, envelope.retCode(), envelope.retMsg());
        }
        if (!response.isSuccess()) {
            throw SentimentErrors.httpStatus(json.source(), response, request, null);
        }
        return envelope;
    }

    private static <T> List<T> rows(Envelope<T> envelope) {
        return envelope.result() == null || envelope.result().list() == null ? List.of() : envelope.result().list();
    }

    private static BigDecimal require(BigDecimal value) {
        if (value == null) {
            throw ToolException.upstreamError("Bybit answered without a value the gateway needs");
        }
        return value;
    }

    private static Instant millis(Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? null : Instant.ofEpochMilli(epochMillis);
    }

    @Override
    public String toString() {
        return "BybitPerps[" + upstream.baseUrl() + "]";
    }
}
