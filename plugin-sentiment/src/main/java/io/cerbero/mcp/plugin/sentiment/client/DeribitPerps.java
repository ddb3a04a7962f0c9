package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Deribit perpetuals through the public JSON-RPC API over GET. An error is {@code {"error":{"code",..}}} whatever
 * the HTTP status; 10028 is its rate limit. Funding accrues continuously: {@code funding_8h} is the rate over the
 * last 8 hours, which this plugin uses as an 8-hour rate. Open interest is in <b>USD</b> on the inverse
 * BTC/ETH-PERPETUAL and in coin on the linear {@code _USDC-PERPETUAL}. There is no open-interest history endpoint.
 */
public final class DeribitPerps implements PerpVenue {
    static final int RATE_LIMIT = 10028;
    static final BigDecimal EIGHT_HOURS = BigDecimal.valueOf(8);

    private final UpstreamClient upstream;
    private final Clock clock;
    private final SourceJson json = new SourceJson("Deribit");

    public DeribitPerps(UpstreamClient upstream, Clock clock) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Venue venue() {
        return Venue.deribit;
    }

    record Envelope(Ticker result, Error error) {
    }

    record Error(Integer code, String message) {
    }

    record Ticker(@JsonProperty("instrument_name") String instrumentName,
                  @JsonProperty("mark_price") BigDecimal markPrice,
                  @JsonProperty("open_interest") BigDecimal openInterest,
                  @JsonProperty("funding_8h") BigDecimal funding8h,
                  @JsonProperty("current_funding") BigDecimal currentFunding,
                  Long timestamp) {
    }

    @Override
    public CompletableFuture<PerpFunding> funding(String coin) {
        return ticker(coin).thenApply(t -> {
            if (t.funding8h() == null) {
                throw ToolException.upstreamError("Deribit answered without funding_8h for " + t.instrumentName());
            }
            return new PerpFunding(venue(), t.instrumentName(), FundingRate.of(time(t), t.funding8h(), EIGHT_HOURS),
                    null, t.markPrice());
        });
    }

    /** Inverse perpetuals count USD: base = USD / mark. Linear ones count coin: USD = coin × mark. */
    @Override
    public CompletableFuture<PerpOpenInterest> openInterest(String coin) {
        boolean inverse = Venue.isDeribitInverse(coin);
        return ticker(coin).thenApply(t -> {
            if (t.openInterest() == null || t.markPrice() == null || t.markPrice().signum() <= 0) {
                throw ToolException.upstreamError("Deribit answered without open interest or mark price for "
                        + t.instrumentName());
            }
            BigDecimal base = inverse ? t.openInterest().divide(t.markPrice(), MathContext.DECIMAL64)
                    .setScale(8, RoundingMode.HALF_EVEN) : t.openInterest();
            BigDecimal usd = inverse ? t.openInterest() : t.openInterest().multiply(t.markPrice(), MathContext.DECIMAL64);
            return new PerpOpenInterest(venue(), t.instrumentName(), time(t), base, usd, t.markPrice());
        });
    }

    /** <a href="https://docs.deribit.com/#public-ticker">GET /api/v2/public/ticker</a> */
    private CompletableFuture<Ticker> ticker(String coin) {
        String instrument = venue().perpSymbol(coin);
        UpstreamRequest request = UpstreamRequest.get("/api/v2/public/ticker",
                Query.of().add("instrument_name", instrument).build());
        return upstream.sendAsync(request).thenApply(response -> decode(response, request));
    }

    private Ticker decode(UpstreamResponse response, UpstreamRequest request) {
        Envelope envelope = json.read(response, request, Envelope.class);
        if (envelope.error() != null) {
            Integer code = envelope.error().code();
            throw code != null && code == RATE_LIMIT ? SentimentErrors.rateLimited(json.source(), request, code)
                    : SentimentErrors.rejected(json.source(), request, code, envelope.error().message());
        }
        if (envelope.result() == null || !response.isSuccess()) {
            throw SentimentErrors.unparseable(json.source(), response, request);
        }
        return envelope.result();
    }

    private Instant time(Ticker t) {
        return t.timestamp() == null ? clock.instant() : Instant.ofEpochMilli(t.timestamp());
    }

    @Override
    public String toString() {
        return "DeribitPerps[" + upstream.baseUrl() + "]";
    }
}
