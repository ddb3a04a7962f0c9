package io.cerbero.mcp.plugin.macro.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.core.support.TtlCache;
import io.cerbero.mcp.plugin.macro.MacroErrors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Finnhub: quotes and the economic calendar, each cached for the intraday time so a polling bot does not spend
 * the free plan's 60 requests a minute. The key goes in the {@code X-Finnhub-Token} header, never in a URL.
 * Non-blocking; thread-safe.
 */
public final class FinnhubClient {
    public static final String TOKEN_HEADER = "X-Finnhub-Token";
    static final String QUOTE = "/quote";
    static final String CALENDAR = "/calendar/economic";

    private final UpstreamClient upstream;
    private final Secret apiKey;
    private final TtlCache<String, FinnhubQuote> quotes;
    private final TtlCache<CalendarWindow, FinnhubCalendar> calendars;
    private final ObjectMapper json = JsonMappers.venue();

    public FinnhubClient(UpstreamClient upstream, Secret apiKey, TtlCache<String, FinnhubQuote> quotes,
                         TtlCache<CalendarWindow, FinnhubCalendar> calendars) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    /** The dates of one calendar request: the cache key of its answer. */
    public record CalendarWindow(LocalDate from, LocalDate to) {
    }

    /** <a href="https://finnhub.io/docs/api/quote">GET /quote</a> of one symbol. */
    public CompletableFuture<Cached<FinnhubQuote>> quote(String symbol) {
        return quotes.get(symbol, s -> send(UpstreamRequest.get(QUOTE, MacroQuery.of().add("symbol", s).build()),
                FinnhubQuote.class));
    }

    /** <a href="https://finnhub.io/docs/api/economic-calendar">GET /calendar/economic</a> between two dates. */
    public CompletableFuture<Cached<FinnhubCalendar>> economicCalendar(LocalDate from, LocalDate to) {
        return calendars.get(new CalendarWindow(from, to), w -> send(UpstreamRequest.get(CALENDAR,
                MacroQuery.of().add("from", w.from()).add("to", w.to()).build()), FinnhubCalendar.class));
    }

    private <T> CompletableFuture<T> send(UpstreamRequest unsigned, Class<T> type) {
        UpstreamRequest request = unsigned.withHeader(TOKEN_HEADER, apiKey.reveal());
        return upstream.sendAsync(request).thenApply(response -> decode(response, request, type));
    }

    private <T> T decode(UpstreamResponse response, UpstreamRequest request, Class<T> type) {
        if (!response.isSuccess()) {
            throw MacroErrors.finnhub(response, request, apiKey.reveal());
        }
        T answer;
        try {
            answer = json.readValue(response.body(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw MacroErrors.unparseable("Finnhub", response, request);
        }
        if (answer == null) {
            throw MacroErrors.unparseable("Finnhub", response, request);
        }
        return answer;
    }

    @Override
    public String toString() {
        return "FinnhubClient[" + upstream.baseUrl() + "]";
    }
}
