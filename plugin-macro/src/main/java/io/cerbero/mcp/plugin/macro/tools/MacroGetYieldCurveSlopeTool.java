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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_yield_curve_slope}: the 2s10s (10-year minus 2-year) and 3m10y (10-year minus 3-month) Treasury
 * spreads as FRED publishes them (T10Y2Y, T10Y3M), latest and with their history over a lookback.
 */
public final class MacroGetYieldCurveSlopeTool implements AsyncTool<MacroSession, MacroGetYieldCurveSlopeTool.Input> {
    static final int DEFAULT_LOOKBACK_DAYS = 365;
    static final int MAX_LOOKBACK_DAYS = 3650;

    static final List<Spread> SPREADS = List.of(
            new Spread("2s10s", "T10Y2Y", "10-year minus 2-year Treasury constant-maturity yield"),
            new Spread("3m10y", "T10Y3M", "10-year minus 3-month Treasury constant-maturity yield"));

    record Spread(String name, String seriesId, String description) {
    }

    public record Input(
            @Schema(description = "days of history before end_date, 1-3650, default 365", example = "365")
            Integer lookbackDays,
            @Schema(description = "last date of the history (default: today, UTC)", example = "2024-05-31")
            LocalDate endDate) {
        public Input {
            lookbackDays = Inputs.intInRange(lookbackDays, "lookback_days", 1, MAX_LOOKBACK_DAYS,
                    DEFAULT_LOOKBACK_DAYS);
            MacroParams.fredDate(endDate, "end_date");
        }
    }

    /**
     * One spread, in percentage points; negative is an inverted curve.
     *
     * @param latest       the newest value in the window
     * @param inverted     whether the latest value is below zero
     * @param daysInverted observations below zero in the window
     * @param history      the window's values, oldest first
     */
    public record SpreadView(@Schema(example = "2s10s") String name, @Schema(example = "T10Y2Y") String seriesId,
                             String description, FredPoint latest, boolean inverted, BigDecimal min, BigDecimal max,
                             int daysInverted, List<FredPoint> history) {
    }

    /**
     * @param asOf the newest observation date of the spreads: when the data was observed
     */
    public record Output(LocalDate start, LocalDate end, List<SpreadView> spreads, LocalDate asOf,
                         MacroCoverage coverage, Instant fetchedAt, String source) {
    }

    @Override
    public String name() {
        return "get_yield_curve_slope";
    }

    @Override
    public String description() {
        return "Treasury curve slope: 2s10s (T10Y2Y) and 3m10y (T10Y3M) spreads in percentage points, latest value, "
                + "inversion, min/max and history over a lookback (FRED).";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: FRED daily spreads, published once a day. */
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
        return new Input(365, LocalDate.of(2024, 5, 31));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        FredClient fred = session.fred();
        LocalDate end = input.endDate() == null ? session.today()
                : MacroParams.notInFuture(input.endDate(), session.today(), "end_date");
        LocalDate start = end.minusDays(input.lookbackDays());
        return Parts.<Spread, Cached<FredObservations>>gather(SPREADS,
                        spread -> fred.observations(FredQuery.window(spread.seriesId(), start, end)))
                .thenApply(parts -> result(start, end, Parts.requireAny(parts)));
    }

    private static ToolResult result(LocalDate start, LocalDate end,
                                     List<Part<Spread, Cached<FredObservations>>> parts) {
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        List<SpreadView> views = new ArrayList<>();
        List<Instant> fetched = new ArrayList<>();
        for (Part<Spread, Cached<FredObservations>> part : parts) {
            Spread spread = part.key();
            if (!part.ok()) {
                coverage.missing(spread.name(), part.reason());
                continue;
            }
            fetched.add(part.value().fetchedAt());
            List<FredPoint> history = new ArrayList<>(FredPoint.of(part.value().value()));
            history.sort(Comparator.comparing(FredPoint::date));
            if (history.isEmpty()) {
                coverage.missing(spread.name(), "FRED has no " + spread.seriesId() + " value between " + start
                        + " and " + end);
                continue;
            }
            FredPoint latest = history.get(history.size() - 1);
            BigDecimal min = history.stream().map(FredPoint::value).min(Comparator.naturalOrder()).orElseThrow();
            BigDecimal max = history.stream().map(FredPoint::value).max(Comparator.naturalOrder()).orElseThrow();
            int inverted = (int) history.stream().filter(p -> p.value().signum() < 0).count();
            views.add(new SpreadView(spread.name(), spread.seriesId(), spread.description(), latest,
                    latest.value().signum() < 0, min, max, inverted, history));
        }
        LocalDate asOf = views.stream().map(v -> v.latest().date()).max(Comparator.naturalOrder()).orElse(null);
        Instant fetchedAt = fetched.stream().min(Comparator.naturalOrder()).orElse(null);
        Output output = new Output(start, end, views, asOf, coverage.build(views.size()), fetchedAt, "FRED");
        return ToolResult.of(output, asOf == null ? null : FredPoint.startOfDay(asOf));
    }
}
