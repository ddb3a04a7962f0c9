package io.cerbero.mcp.plugin.sentiment.tools;

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
import io.cerbero.mcp.plugin.sentiment.client.BarInterval;
import io.cerbero.mcp.plugin.sentiment.client.ClosePrice;
import io.cerbero.mcp.plugin.sentiment.client.ClosePrices;
import io.cerbero.mcp.plugin.sentiment.client.Venue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * {@code get_cointegration_pairs}: which coins' perpetual prices move together in the long run (pairs-trading
 * candidates), from one venue's candles and the analytics library's Engle–Granger test.
 */
public final class SentimentGetCointegrationPairsTool
        implements AsyncTool<SentimentSession, SentimentGetCointegrationPairsTool.Input> {
    /** How long an answer is fresh for the host cache (see {@link #freshness()}). */
    private static final Duration FRESH_FOR = Duration.ofMinutes(5);

    static final List<Venue> PRICE_VENUES = List.of(Venue.binance, Venue.bybit);

    public record Input(
            @Schema(description = "2-10 coin tickers; every pair of them is tested", example = "[\"BTC\", \"ETH\", \"SOL\"]",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<String> symbols,
            @Schema(description = "venue whose USDT perpetual candles are used (default binance)", example = "binance",
                    allowableValues = {"binance", "bybit"}) Venue venue,
            @Schema(description = "candle interval (default 1d)", example = "1d", allowableValues = {"1h", "4h", "1d"})
            String interval,
            @Schema(description = "candles per symbol, 30-1000 (default 200); the one still forming is left out",
                    example = "200") Integer limit) {
        public Input {
            if (symbols == null || symbols.size() < 2 || symbols.size() > 10) {
                throw ToolException.invalidInput("symbols must list 2 to 10 coin tickers");
            }
            symbols = symbols.stream().map(s -> SentimentParams.coin(s, "symbols[]")).toList();
            if (new HashSet<>(symbols).size() != symbols.size()) {
                throw ToolException.invalidInput("symbols must not repeat a coin");
            }
            venue = venue == null ? Venue.binance : venue;
            if (!PRICE_VENUES.contains(venue)) {
                throw ToolException.invalidInput("venue must be binance or bybit for candles");
            }
            interval = interval == null ? "1d" : interval;
            if (BarInterval.parse(interval).isEmpty()) {
                throw ToolException.invalidInput("interval must be one of " + String.join(", ", BarInterval.texts()));
            }
            limit = Inputs.intInRange(limit, "limit", 30, 1000, 200);
        }
    }

    /** One pair: {@code log(y) = intercept + hedge_ratio × log(x) + spread}. */
    public record Pair(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String y,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String x,
            @Schema(description = "bars both series share, the test's sample", requiredMode = Schema.RequiredMode.REQUIRED)
            int bars,
            @Schema(description = "MacKinnon p-value of the ADF test on the spread; lower is stronger evidence")
            Double pValue,
            @Schema(description = "ADF t-statistic of the spread") Double adfStatistic,
            @Schema(description = "critical values at 1 %, 5 % and 10 %") List<Double> criticalValues,
            @Schema(description = "units of log(x) per unit of log(y): short hedge_ratio of x per long y")
            Double hedgeRatio,
            Double intercept,
            @Schema(description = "half-life of the spread's mean reversion, in bars") Double halfLifeBars,
            @Schema(description = "ADF statistic below the 5 % critical value") Boolean cointegratedAt5pct,
            @Schema(description = "why a value is missing") String note) {
    }

    public record Output(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String venue,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String interval,
            @Schema(description = "every pair, lowest p-value first; untestable pairs last",
                    requiredMode = Schema.RequiredMode.REQUIRED) List<Pair> pairs,
            @Schema(description = "why there are no pairs, when there are none") String note,
            @Schema(description = "symbols whose candles arrived, and those that did not",
                    requiredMode = Schema.RequiredMode.REQUIRED) SourceReport sources) {
    }

    @Override
    public String name() {
        return "get_cointegration_pairs";
    }

    @Override
    public String description() {
        return "Pairwise Engle–Granger cointegration of 2-10 coins' perpetual prices (Binance or Bybit candles, log "
                + "prices, bars in common only), ranked by p-value, with hedge ratio and the spread's half-life in bars. "
                + "A symbol whose candles fail is listed under sources.failed and left out.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /**
     * Host cache: statistics over closed hourly or daily bars. A partial answer (a source down) is
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
        return new Input(List.of("BTC", "ETH", "SOL"), Venue.binance, "1d", 200);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(SentimentSession session, Input input, ToolCall call) {
        ClosePrices prices = (ClosePrices) session.venue(input.venue());
        BarInterval interval = BarInterval.parse(input.interval()).orElseThrow();
        Map<String, Supplier<CompletableFuture<List<ClosePrice>>>> sources = new LinkedHashMap<>();
        for (String symbol : input.symbols()) {
            sources.put(symbol, () -> prices.closes(symbol, interval, input.limit()));
        }
        return session.fanOut().collect(sources, session.deadline())
                .thenApply(result -> result(input, result.requireAnswered("candles on " + input.venue(), s -> s)));
    }

    /** The answer, cached for less when a source failed ({@link PartialAnswers}). */
    private static ToolResult result(Input input, FanOutResult<String, List<ClosePrice>> result) {
        return PartialAnswers.limited(result, answer(input, result), FRESH_FOR);
    }

    private static ToolResult answer(Input input, FanOutResult<String, List<ClosePrice>> result) {
        List<Pair> pairs = CointegrationRanking.rank(result.answered());
        String note = pairs.isEmpty() ? "only " + result.answered().size() + " symbol answered; a pair needs two" : null;
        return ToolResult.of(new Output(input.venue().name(), input.interval(), pairs, note, result.report(s -> s)));
    }
}
