package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.FredObservations;
import io.cerbero.mcp.plugin.macro.client.FredQuery;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_fred_series}: any FRED series over a date range, oldest first, optionally transformed or resampled. */
public final class MacroGetFredSeriesTool implements AsyncTool<MacroSession, MacroGetFredSeriesTool.Input> {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    /** FRED's {@code units}: levels or a transformation of them. */
    public enum Units {
        /** levels */ lin,
        /** change */ chg,
        /** change from a year ago */ ch1,
        /** percent change */ pch,
        /** percent change from a year ago */ pc1,
        /** compounded annual rate of change */ pca,
        /** continuously compounded rate of change */ cch,
        /** continuously compounded annual rate of change */ cca,
        /** natural log */ log
    }

    /** FRED's {@code frequency} for resampling a series to a lower frequency (averaged). */
    public enum Frequency { d, w, bw, m, q, sa, a }

    public record Input(
            @Schema(description = "FRED series id", example = "DGS10", requiredMode = Schema.RequiredMode.REQUIRED)
            String seriesId,
            @Schema(description = "first date (default: one year before end)", example = "2024-01-01")
            LocalDate start,
            @Schema(description = "last date (default: today, UTC)", example = "2024-05-31")
            LocalDate end,
            @Schema(description = "most observations returned, the newest ones; 1-10000, default 1000", example = "500")
            Integer limit,
            @Schema(description = "lin (levels, default), chg, ch1, pch, pc1, pca, cch, cca, log", example = "lin")
            Units units,
            @Schema(description = "resample to d, w, bw, m, q, sa or a (averages); native frequency when absent",
                    example = "w")
            Frequency frequency) {
        public Input {
            seriesId = MacroParams.seriesId(seriesId);
            MacroParams.fredDate(start, "start");
            MacroParams.fredDate(end, "end");
            MacroParams.ordered(start, "start", end, "end");
            limit = Inputs.intInRange(limit, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
            units = units == null ? Units.lin : units;
        }
    }

    /**
     * The series, oldest first.
     *
     * @param available how many observations FRED has in the range (days without a value included)
     * @param truncated true when the limit cut older observations off
     * @param asOf      the newest observation date: when the data was observed
     */
    public record Output(String seriesId, LocalDate start, LocalDate end, Units units, Frequency frequency,
                         List<FredPoint> observations, Integer available, boolean truncated, LocalDate asOf,
                         MacroCoverage coverage, Instant fetchedAt, String source) {
    }

    @Override
    public String name() {
        return "get_fred_series";
    }

    @Override
    public String description() {
        return "Observations of any FRED series (e.g. DGS10, CPIAUCSL, T10YIE) between two dates, oldest first; "
                + "optional units transformation and resampling. Days FRED lists without a value are reported, "
                + "never zero.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: FRED series are daily at the finest and revised rarely. */
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
        return new Input("DGS10", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31), 500, Units.lin, null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        LocalDate end = input.end() == null ? session.today() : input.end();
        LocalDate start = input.start() == null ? end.minusYears(1) : input.start();
        MacroParams.ordered(start, "start", end, "end");
        FredQuery query = new FredQuery(input.seriesId(), start, end, true, input.limit(), input.units().name(),
                input.frequency() == null ? null : input.frequency().name());
        return session.fred().observations(query).thenApply(answer -> result(input, query, answer));
    }

    private static ToolResult result(Input input, FredQuery query, Cached<FredObservations> answer) {
        FredObservations observations = answer.value();
        List<FredPoint> points = new ArrayList<>(FredPoint.of(observations));
        points.sort(Comparator.comparing(FredPoint::date));
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        if (observations.observations().isEmpty()) {
            coverage.missing(input.seriesId(), "FRED has no observations of " + input.seriesId() + " between "
                    + query.start() + " and " + query.end());
        }
        FredPoint.gaps(observations).stream().sorted()
                .forEach(day -> coverage.missing(day.toString(),
                        "FRED lists no value ('.'): holiday or not published"));
        int returned = observations.observations().size();
        boolean truncated = observations.count() != null && observations.count() > returned;
        LocalDate asOf = points.isEmpty() ? null : points.get(points.size() - 1).date();
        Output output = new Output(input.seriesId(), query.start(), query.end(), input.units(), input.frequency(),
                points, observations.count(), truncated, asOf, coverage.build(points.size()), answer.fetchedAt(),
                "FRED");
        return ToolResult.of(output, asOf == null ? null : FredPoint.startOfDay(asOf));
    }
}
