package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.FinnhubClient;
import io.cerbero.mcp.plugin.macro.client.FinnhubQuote;
import io.cerbero.mcp.plugin.macro.tools.Parts.Part;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A list of Finnhub quotes fetched together (one request per symbol, each cached for the intraday time), shared
 * by {@code get_asset_prices} and {@code get_equity_futures}. A symbol Finnhub answers with zeros (its way of
 * saying "unknown symbol" or "not in your plan") is listed as missing, never returned as a price of 0.
 */
public final class FinnhubQuoteBoard {
    private FinnhubQuoteBoard() {
    }

    /**
     * One quote, in the instrument's trading currency.
     *
     * @param changePct change since the previous close, percent
     * @param time      time of the last price: when this quote was observed
     */
    public record Quote(@Schema(example = "SPY") String symbol, @Schema(example = "530.12") BigDecimal price,
                        BigDecimal change, BigDecimal changePct, BigDecimal open, BigDecimal high, BigDecimal low,
                        BigDecimal prevClose, Instant time) {
    }

    /**
     * The board.
     *
     * @param symbolsFrom {@code config} (the configured list) or {@code input}
     * @param asOf        the newest quote time
     * @param fetchedAt   when the oldest quote of this answer was fetched from Finnhub (it may come from the cache)
     */
    public record Output(List<String> symbols, String symbolsFrom, List<Quote> quotes, Instant asOf,
                         MacroCoverage coverage, Instant fetchedAt, String source) {
    }

    /** Host cache: Finnhub's free tier allows 60 calls a minute; quotes every 30 s are enough for macro context. */
    static Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(30)).servingStaleFor(Duration.ofMinutes(5)));
    }

    static CompletionStage<ToolResult> quote(MacroSession session, List<String> requested, List<String> configured) {
        FinnhubClient finnhub = session.finnhub();
        List<String> symbols = requested == null ? configured : requested;
        String from = requested == null ? "config" : "input";
        return Parts.<String, Cached<FinnhubQuote>>gather(symbols, finnhub::quote)
                .thenApply(parts -> result(symbols, from, Parts.requireAny(parts)));
    }

    private static ToolResult result(List<String> symbols, String from,
                                     List<Part<String, Cached<FinnhubQuote>>> parts) {
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        List<Quote> quotes = new ArrayList<>();
        List<Instant> fetched = new ArrayList<>();
        for (Part<String, Cached<FinnhubQuote>> part : parts) {
            if (!part.ok()) {
                coverage.missing(part.key(), part.reason());
                continue;
            }
            fetched.add(part.value().fetchedAt());
            FinnhubQuote q = part.value().value();
            if (q.isEmpty()) {
                coverage.missing(part.key(),
                        "Finnhub answered zeros: unknown symbol, or not covered by the key's plan");
                continue;
            }
            quotes.add(new Quote(part.key(), q.c(), q.d(), q.dp(), positive(q.o()), positive(q.h()), positive(q.l()),
                    positive(q.pc()), Instant.ofEpochSecond(q.t())));
        }
        Instant asOf = quotes.stream().map(Quote::time).max(Comparator.naturalOrder()).orElse(null);
        Instant fetchedAt = fetched.stream().min(Comparator.naturalOrder()).orElse(null);
        Output output = new Output(symbols, from, quotes, asOf, coverage.build(quotes.size()), fetchedAt, "Finnhub");
        return ToolResult.of(output, asOf);
    }

    /** Finnhub fills fields it does not have with 0: a price of 0 is "not given". */
    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }
}
