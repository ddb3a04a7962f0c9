package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.FanOutResult;
import io.cerbero.mcp.core.support.SourceReport;
import io.cerbero.mcp.plugin.sentiment.SentimentSession;
import io.cerbero.mcp.plugin.sentiment.client.OiInterval;
import io.cerbero.mcp.plugin.sentiment.client.OiPoint;
import io.cerbero.mcp.plugin.sentiment.client.OpenInterestHistory;
import io.cerbero.mcp.plugin.sentiment.client.PerpVenue;
import io.cerbero.mcp.plugin.sentiment.client.Venue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_oi_history}: open interest of one coin's perpetual per venue and in total, in base-coin units. Binance,
 * Bybit and OKX publish history; Hyperliquid and Deribit only their current value, which joins the current total.
 */
public final class SentimentGetOiHistoryTool implements AsyncTool<SentimentSession, SentimentGetOiHistoryTool.Input> {
    /** How long an answer is fresh for the host cache (see {@link #freshness()}). */
    private static final Duration FRESH_FOR = Duration.ofSeconds(30);


    public record Input(
            @Schema(description = "coin ticker", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String currency,
            @Schema(description = "sampling interval (default 1h)", example = "1h",
                    allowableValues = {"5m", "15m", "30m", "1h", "4h", "1d"}) String interval,
            @Schema(description = "samples per venue, 1-100 (default 24)", example = "24") Integer limit,
            @Schema(description = "venues to ask (default all)", example = "[\"binance\", \"bybit\", \"okx\"]")
            List<Venue> venues) {
        public Input {
            currency = SentimentParams.coin(currency, "currency");
            interval = interval == null ? "1h" : interval;
            if (OiInterval.parse(interval).isEmpty()) {
                throw ToolException.invalidInput("interval must be one of " + String.join(", ", OiInterval.texts()));
            }
            limit = Inputs.intInRange(limit, "limit", 1, 100, 24);
            venues = SentimentParams.venues(venues);
        }

        OiInterval oiInterval() {
            return OiInterval.parse(interval).orElseThrow();
        }
    }

    /** One open-interest sample: base-coin units, and USD where the venue gives it. */
    public record Point(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant time,
            @Schema(description = "open interest in base-coin units", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal openInterest,
            @Schema(description = "its USD value, when the venue gives one") BigDecimal openInterestUsd) {
        static Point of(OiPoint p) {
            return new Point(p.time(), p.openInterest(), p.openInterestUsd());
        }
    }

    /**
     * One venue's samples, oldest first.
     *
     * @param history false for venues that publish only the current value (one point, now)
     */
    public record VenueSeries(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String venue,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "false when the venue publishes only its current open interest",
                    requiredMode = Schema.RequiredMode.REQUIRED) boolean history,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Point> points) {
    }

    /**
     * The sum over the venues with history at one time.
     *
     * @param complete whether every answering venue with history had a sample at this time
     */
    public record TotalPoint(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant time,
            @Schema(description = "base-coin units", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal openInterest,
            @Schema(description = "venues in this sum", requiredMode = Schema.RequiredMode.REQUIRED) List<String> venues,
            @Schema(description = "whether every answering venue with history is in the sum",
                    requiredMode = Schema.RequiredMode.REQUIRED) boolean complete) {
    }

    /** The latest value of every answering venue, summed. */
    public record CurrentTotal(
            @Schema(description = "base-coin units", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal openInterest,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> venues) {
    }

    public record Output(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String interval,
            @Schema(description = "what open_interest counts: the base coin", requiredMode = Schema.RequiredMode.REQUIRED)
            SizeUnit unit,
            @Schema(description = "per venue, in the order asked", requiredMode = Schema.RequiredMode.REQUIRED)
            List<VenueSeries> series,
            @Schema(description = "sum over the venues with history per time, oldest first",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<TotalPoint> total,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CurrentTotal currentTotal,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceReport sources) {
    }

    @Override
    public String name() {
        return "get_oi_history";
    }

    @Override
    public String description() {
        return "Open interest of a coin's perpetual per venue and in total, in base-coin units (USD where the venue "
                + "gives it). History from Binance (last 30 days), Bybit and OKX; Hyperliquid and Deribit publish only "
                + "their current value, which counts in current_total. A venue that is down or slow is listed under "
                + "sources.failed.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /**
     * Host cache: open interest is sampled every 5 minutes at best. A partial answer (a source down) is
     * cached a fifth as long ({@link PartialAnswers}).
     */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(FRESH_FOR));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("BTC", "1h", 24, null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(SentimentSession session, Input input, ToolCall call) {
        return VenueSources.ask(session, input.venues(), (PerpVenue venue) -> series(venue, input))
                .thenApply(result -> result(input, result.requireAnswered("open interest of " + input.currency(),
                        VenueSources::name)));
    }

    private static CompletableFuture<VenueSeries> series(PerpVenue venue, Input input) {
        String symbol = venue.venue().perpSymbol(input.currency());
        if (venue instanceof OpenInterestHistory history) {
            return history.openInterestHistory(input.currency(), input.oiInterval(), input.limit())
                    .thenApply(points -> new VenueSeries(venue.venue().name(), symbol, true,
                            points.stream().map(Point::of).toList()));
        }
        return venue.openInterest(input.currency()).thenApply(oi -> new VenueSeries(venue.venue().name(),
                oi.symbol(), false, List.of(new Point(oi.time(), oi.openInterest(), oi.openInterestUsd()))));
    }

    /** The answer, cached for less when a source failed ({@link PartialAnswers}). */
    private static ToolResult result(Input input, FanOutResult<Venue, VenueSeries> result) {
        return PartialAnswers.limited(result, answer(input, result), FRESH_FOR);
    }

    private static ToolResult answer(Input input, FanOutResult<Venue, VenueSeries> result) {
        List<VenueSeries> series = List.copyOf(result.answered().values());
        return ToolResult.of(new Output(input.currency(), input.interval(), SizeUnit.base, series, total(series),
                current(series), result.report(VenueSources::name)), latest(series));
    }

    /** Sums the venues with history at each sample time; samples are aligned to the interval by every venue. */
    static List<TotalPoint> total(List<VenueSeries> series) {
        List<VenueSeries> withHistory = series.stream().filter(VenueSeries::history).toList();
        Map<Instant, List<Point>> byTime = new TreeMap<>();
        Map<Instant, List<String>> venuesByTime = new TreeMap<>();
        for (VenueSeries s : withHistory) {
            for (Point p : s.points()) {
                byTime.computeIfAbsent(p.time(), t -> new ArrayList<>()).add(p);
                venuesByTime.computeIfAbsent(p.time(), t -> new ArrayList<>()).add(s.venue());
            }
        }
        List<TotalPoint> total = new ArrayList<>();
        byTime.forEach((time, points) -> total.add(new TotalPoint(time,
                points.stream().map(Point::openInterest).reduce(BigDecimal.ZERO, BigDecimal::add),
                venuesByTime.get(time), venuesByTime.get(time).size() == withHistory.size())));
        return total;
    }

    static CurrentTotal current(List<VenueSeries> series) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> venues = new ArrayList<>();
        for (VenueSeries s : series) {
            if (!s.points().isEmpty()) {
                sum = sum.add(s.points().get(s.points().size() - 1).openInterest());
                venues.add(s.venue());
            }
        }
        return new CurrentTotal(sum, venues);
    }

    private static Instant latest(List<VenueSeries> series) {
        return series.stream().flatMap(s -> s.points().stream()).map(Point::time).max(Comparator.naturalOrder())
                .orElse(null);
    }
}
