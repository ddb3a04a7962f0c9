package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.FredClient;
import io.cerbero.mcp.plugin.macro.client.FredObservations;
import io.cerbero.mcp.plugin.macro.client.FredQuery;
import io.cerbero.mcp.plugin.macro.tools.Parts.Part;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_breakeven_inflation}: market-implied inflation from FRED: the 5-year (T5YIE) and 10-year (T10YIE)
 * breakevens and the 5-year, 5-year forward (T5YIFR), plus the forward implied by the two breakevens as a check.
 */
public final class MacroGetBreakevenInflationTool
        implements AsyncTool<MacroSession, MacroGetBreakevenInflationTool.Input> {
    static final String FIVE_YEAR = "T5YIE";
    static final String TEN_YEAR = "T10YIE";
    static final String FORWARD = "T5YIFR";
    static final List<String> SERIES = List.of(FIVE_YEAR, TEN_YEAR, FORWARD);
    /** How far back the latest value is looked for when no history is asked. */
    static final int LOOKBACK_DAYS = 14;
    static final int MAX_HISTORY_DAYS = 3650;

    public record Input(
            @Schema(description = "values as of this date (the last on or before it); latest when absent",
                    example = "2024-05-31")
            LocalDate date,
            @Schema(description = "days of history before the date to include, 0-3650, default 0 (none)",
                    example = "30")
            Integer historyDays) {
        public Input {
            MacroParams.fredDate(date, "date");
            historyDays = Inputs.intInRange(historyDays, "history_days", 0, MAX_HISTORY_DAYS, 0);
        }
    }

    /**
     * One breakeven, percent a year.
     *
     * @param latest  the last value on or before the date
     * @param history oldest first; empty unless history_days was given
     */
    public record Reading(@Schema(example = "T10YIE") String seriesId, FredPoint latest, List<FredPoint> history) {
    }

    /**
     * The breakevens; a series FRED did not answer is absent and listed in {@code coverage}.
     *
     * @param impliedFiveYearFiveYearForward ((1+10Y)^10 / (1+5Y)^5)^(1/5) - 1 from the two breakevens on their
     *                                       latest common date, percent: FRED's T5YIFR formula, as a cross-check
     * @param asOf                           the newest observation date: when the data was observed
     */
    public record Output(LocalDate requestedDate, Reading fiveYear, Reading tenYear, Reading fiveYearFiveYearForward,
                         FredPoint impliedFiveYearFiveYearForward, LocalDate asOf, MacroCoverage coverage,
                         Instant fetchedAt, String source) {
    }

    @Override
    public String name() {
        return "get_breakeven_inflation";
    }

    @Override
    public String description() {
        return "Breakeven inflation from FRED: 5-year (T5YIE), 10-year (T10YIE) and the 5y5y forward (T5YIFR), "
                + "percent, latest or as of a date, optional history; plus the forward implied by the two breakevens.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: FRED daily series, published once a day. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofHours(1)).servingStaleFor(Duration.ofHours(12)));
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input(LocalDate.of(2024, 5, 31), 30);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        FredClient fred = session.fred();
        LocalDate end = input.date() == null ? session.today()
                : MacroParams.notInFuture(input.date(), session.today(), "date");
        LocalDate start = end.minusDays(Math.max(LOOKBACK_DAYS, input.historyDays()));
        return Parts.<String, Cached<FredObservations>>gather(SERIES,
                        id -> fred.observations(FredQuery.window(id, start, end)))
                .thenApply(parts -> result(input, start, end, Parts.requireAny(parts)));
    }

    private static ToolResult result(Input input, LocalDate start, LocalDate end,
                                     List<Part<String, Cached<FredObservations>>> parts) {
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        Map<String, Reading> readings = new HashMap<>();
        Map<String, List<FredPoint>> all = new HashMap<>();
        List<Instant> fetched = new ArrayList<>();
        LocalDate historyStart = end.minusDays(input.historyDays());
        for (Part<String, Cached<FredObservations>> part : parts) {
            if (!part.ok()) {
                coverage.missing(part.key(), part.reason());
                continue;
            }
            fetched.add(part.value().fetchedAt());
            List<FredPoint> points = new ArrayList<>(FredPoint.of(part.value().value()));
            points.sort(Comparator.comparing(FredPoint::date));
            if (points.isEmpty()) {
                coverage.missing(part.key(), "FRED has no " + part.key() + " value between " + start + " and " + end);
                continue;
            }
            all.put(part.key(), points);
            List<FredPoint> history = input.historyDays() == 0 ? List.of()
                    : points.stream().filter(p -> !p.date().isBefore(historyStart)).toList();
            readings.put(part.key(), new Reading(part.key(), points.get(points.size() - 1), history));
        }
        FredPoint implied = impliedForward(all.get(FIVE_YEAR), all.get(TEN_YEAR)).orElse(null);
        LocalDate asOf = readings.values().stream().map(r -> r.latest().date()).max(Comparator.naturalOrder())
                .orElse(null);
        Instant fetchedAt = fetched.stream().min(Comparator.naturalOrder()).orElse(null);
        Output output = new Output(input.date(), readings.get(FIVE_YEAR), readings.get(TEN_YEAR),
                readings.get(FORWARD), implied, asOf, coverage.build(readings.size()), fetchedAt, "FRED");
        return ToolResult.of(output, asOf == null ? null : FredPoint.startOfDay(asOf));
    }

    /** The 5y5y forward from both breakevens on their latest common date (FRED's T5YIFR formula). */
    static Optional<FredPoint> impliedForward(List<FredPoint> fiveYear, List<FredPoint> tenYear) {
        if (fiveYear == null || tenYear == null) {
            return Optional.empty();
        }
        Map<LocalDate, BigDecimal> five = new HashMap<>();
        fiveYear.forEach(p -> five.put(p.date(), p.value()));
        for (int i = tenYear.size() - 1; i >= 0; i--) {
            FredPoint ten = tenYear.get(i);
            BigDecimal fiveValue = five.get(ten.date());
            if (fiveValue != null) {
                // analytics in double (rates, not money), published at FRED's 2 decimals
                double b5 = fiveValue.doubleValue() / 100;
                double b10 = ten.value().doubleValue() / 100;
                double forward = Math.pow(Math.pow(1 + b10, 10) / Math.pow(1 + b5, 5), 0.2) - 1;
                return Optional.of(new FredPoint(ten.date(),
                        BigDecimal.valueOf(forward * 100).setScale(2, RoundingMode.HALF_EVEN)));
            }
        }
        return Optional.empty();
    }
}
