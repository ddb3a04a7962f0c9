package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
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
 * {@code get_treasury_yields}: the US Treasury constant-maturity curve from 1 month to 30 years (FRED's daily DGS
 * series, one request each, fetched together), latest or as of a date.
 */
public final class MacroGetTreasuryYieldsTool implements AsyncTool<MacroSession, MacroGetTreasuryYieldsTool.Input> {
    /** How far back a tenor's last value is looked for: covers long holiday weekends and late publications. */
    static final int LOOKBACK_DAYS = 14;

    /** The curve: FRED series id and maturity of each tenor. */
    static final List<Tenor> TENORS = List.of(
            new Tenor("1M", "DGS1MO", "0.0833"), new Tenor("3M", "DGS3MO", "0.25"), new Tenor("6M", "DGS6MO", "0.5"),
            new Tenor("1Y", "DGS1", "1"), new Tenor("2Y", "DGS2", "2"), new Tenor("3Y", "DGS3", "3"),
            new Tenor("5Y", "DGS5", "5"), new Tenor("7Y", "DGS7", "7"), new Tenor("10Y", "DGS10", "10"),
            new Tenor("20Y", "DGS20", "20"), new Tenor("30Y", "DGS30", "30"));

    record Tenor(String label, String seriesId, String years) {
    }

    public record Input(
            @Schema(description = "curve as of this date (the last value on or before it); latest when absent",
                    example = "2024-05-31")
            LocalDate date) {
        public Input {
            MacroParams.fredDate(date, "date");
        }
    }

    /**
     * One tenor.
     *
     * @param yieldPct the market yield, percent a year
     * @param date     the date of this value (earlier than the curve's {@code as_of} when FRED had none that day)
     */
    public record Point(@Schema(example = "10Y") String tenor, @Schema(example = "DGS10") String seriesId,
                        @Schema(example = "10") BigDecimal maturityYears, @Schema(example = "4.51") BigDecimal yieldPct,
                        LocalDate date) {
    }

    /**
     * The curve, short end first.
     *
     * @param requestedDate the date asked for, or null for the latest
     * @param asOf          the newest observation date on the curve: when the data was observed
     * @param fetchedAt     when the oldest part of this answer was fetched from FRED (it may come from the cache)
     */
    public record Output(LocalDate requestedDate, LocalDate asOf, List<Point> points, MacroCoverage coverage,
                         Instant fetchedAt, String source) {
    }

    @Override
    public String name() {
        return "get_treasury_yields";
    }

    @Override
    public String description() {
        return "US Treasury yield curve 1M-30Y (FRED DGS constant-maturity series, percent), latest or as of a date; "
                + "tenors without a value are listed as missing.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: FRED constant-maturity yields are published once a day. */
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
        return new Input(LocalDate.of(2024, 5, 31));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        FredClient fred = session.fred();
        LocalDate end = input.date() == null ? session.today()
                : MacroParams.notInFuture(input.date(), session.today(), "date");
        LocalDate start = end.minusDays(LOOKBACK_DAYS);
        return Parts.<Tenor, Cached<FredObservations>>gather(TENORS,
                        tenor -> fred.observations(FredQuery.window(tenor.seriesId(), start, end)))
                .thenApply(parts -> result(input, start, end, Parts.requireAny(parts)));
    }

    private static ToolResult result(Input input, LocalDate start, LocalDate end,
                                     List<Part<Tenor, Cached<FredObservations>>> parts) {
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        List<Point> points = new ArrayList<>();
        List<Instant> fetched = new ArrayList<>();
        for (Part<Tenor, Cached<FredObservations>> part : parts) {
            Tenor tenor = part.key();
            if (!part.ok()) {
                coverage.missing(tenor.label(), part.reason());
                continue;
            }
            fetched.add(part.value().fetchedAt());
            Optional<FredPoint> latest = FredPoint.latest(part.value().value());
            if (latest.isEmpty()) {
                coverage.missing(tenor.label(), "FRED has no " + tenor.seriesId() + " value between " + start
                        + " and " + end);
                continue;
            }
            points.add(new Point(tenor.label(), tenor.seriesId(), new BigDecimal(tenor.years()),
                    latest.get().value(), latest.get().date()));
        }
        LocalDate asOf = points.stream().map(Point::date).max(Comparator.naturalOrder()).orElse(null);
        Instant fetchedAt = fetched.stream().min(Comparator.naturalOrder()).orElse(null);
        Output output = new Output(input.date(), asOf, points, coverage.build(points.size()), fetchedAt, "FRED");
        return ToolResult.of(output, asOf == null ? null : FredPoint.startOfDay(asOf));
    }
}
