package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.CftcClient.CotQuery;
import io.cerbero.mcp.plugin.macro.client.CotDataset;
import io.cerbero.mcp.plugin.macro.client.CotPosition;
import io.cerbero.mcp.plugin.macro.client.CotReport;
import io.cerbero.mcp.plugin.macro.client.CotRow;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cerbero.mcp.core.spi.Freshness;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_cot_extreme_positioning}: for each trader class of a COT report, where its latest net position sits in
 * its own history over a lookback: percentile rank and z-score, flagged as extreme beyond the thresholds.
 */
public final class MacroGetCotExtremePositioningTool
        implements AsyncTool<MacroSession, MacroGetCotExtremePositioningTool.Input> {
    static final int DEFAULT_LOOKBACK = 156;
    static final int MIN_LOOKBACK = 26;
    static final int MAX_LOOKBACK = 520;
    /** Fewer weeks than this with both sides of a class make its statistics meaningless. */
    static final int MIN_SAMPLES = 8;
    static final BigDecimal DEFAULT_PERCENTILE = new BigDecimal("90");
    static final BigDecimal DEFAULT_Z = new BigDecimal("2");

    /** The COT report to read. */
    public enum Report {
        tff(CotReport.TFF), disaggregated(CotReport.DISAGGREGATED);

        private final CotReport definition;

        Report(CotReport definition) {
            this.definition = definition;
        }

        CotReport definition() {
            return definition;
        }
    }

    /** Which way a class is stretched. */
    public enum Extreme { long_extreme, short_extreme, none }

    public record Input(
            @Schema(description = "CFTC contract market code (133741 CME Bitcoin, 13874A E-mini S&P 500, 088691 gold)",
                    example = "133741", requiredMode = Schema.RequiredMode.REQUIRED)
            String marketCode,
            @Schema(description = "tff (Traders in Financial Futures, default) or disaggregated (commodities)",
                    example = "tff")
            Report report,
            @Schema(description = "weeks of history the latest week is ranked in, 26-520, default 156 (3 years)",
                    example = "156")
            Integer lookbackWeeks,
            @Schema(description = "percentile at or above which a net long is extreme (and at or below 100 minus it, "
                    + "a net short); above 50 and below 100, default 90", example = "90")
            BigDecimal extremePercentile,
            @Schema(description = "absolute z-score at or above which a position is extreme; above 0, at most 10, "
                    + "default 2", example = "2")
            BigDecimal zThreshold,
            @Schema(description = "futures and options combined instead of futures only (default false)",
                    example = "false")
            Boolean combined) {
        public Input {
            marketCode = MacroParams.marketCode(marketCode);
            report = report == null ? Report.tff : report;
            lookbackWeeks = Inputs.intInRange(lookbackWeeks, "lookback_weeks", MIN_LOOKBACK, MAX_LOOKBACK,
                    DEFAULT_LOOKBACK);
            extremePercentile = extremePercentile == null ? DEFAULT_PERCENTILE : extremePercentile;
            if (extremePercentile.compareTo(BigDecimal.valueOf(50)) <= 0
                    || extremePercentile.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw ToolException.invalidInput("extreme_percentile must be above 50 and below 100, got "
                        + extremePercentile.toPlainString());
            }
            zThreshold = zThreshold == null ? DEFAULT_Z : Inputs.requirePositive(zThreshold, "z_threshold");
            if (zThreshold.compareTo(BigDecimal.TEN) > 0) {
                throw ToolException.invalidInput("z_threshold must be at most 10, got " + zThreshold.toPlainString());
            }
            combined = combined != null && combined;
        }
    }

    /**
     * One trader class. Statistics are over the net positions (long − short, contracts) of the weeks in the lookback
     * that carry both sides.
     *
     * @param percentile   rank of the latest net among the samples, 0-100
     * @param zScore       (latest − mean) / standard deviation; absent when every sample is equal
     * @param byPercentile the percentile is at or beyond the threshold
     * @param byZScore     |z| is at or beyond the threshold
     */
    public record ClassPositioning(@Schema(example = "leveraged_funds") String traderClass, BigDecimal latestNet,
                                   BigDecimal latestNetPctOfOpenInterest, int samples, BigDecimal meanNet,
                                   BigDecimal stdDevNet, BigDecimal minNet, BigDecimal maxNet, BigDecimal percentile,
                                   BigDecimal zScore, Extreme extreme, boolean byPercentile,
                                   @JsonProperty("by_z_score") boolean byZScore) {
    }

    /**
     * @param asOf     the latest report date: the week being ranked
     * @param extremes the classes flagged, for a quick read
     */
    public record Output(String marketCode, String market, Report report, String datasetId, boolean combined,
                         int lookbackWeeks, int weeksAvailable, BigDecimal extremePercentile, BigDecimal zThreshold,
                         List<ClassPositioning> classes, List<String> extremes, LocalDate asOf,
                         MacroCoverage coverage, Instant fetchedAt, String source) {
    }

    @Override
    public String name() {
        return "get_cot_extreme_positioning";
    }

    @Override
    public String description() {
        return "Positioning extremes from the CFTC COT report of a market: each trader class's latest net position as "
                + "a percentile and z-score of its own history over a lookback (default 3 years), flagged extreme "
                + "long or short beyond the thresholds.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: the COT report is weekly (Friday for the Tuesday before). */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofHours(6)).servingStaleFor(Duration.ofHours(24)));
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("133741", Report.tff, 156, new BigDecimal("90"), new BigDecimal("2"), false);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        CotDataset dataset = new CotDataset(input.report().definition(), input.combined());
        return session.cftc().reports(new CotQuery(dataset, input.marketCode(), input.lookbackWeeks()))
                .thenApply(rows -> result(input, dataset, rows));
    }

    private static ToolResult result(Input input, CotDataset dataset, Cached<List<CotRow>> answer) {
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        List<CotRow> rows = answer.value().stream().filter(r -> r.reportDate() != null)
                .sorted(Comparator.comparing(CotRow::reportDate)).toList();
        if (rows.isEmpty()) {
            coverage.missing(input.marketCode(), "the CFTC has no " + input.report() + " reports for market code "
                    + input.marketCode() + " in dataset " + dataset.id() + " (check the code)");
        } else if (rows.size() < input.lookbackWeeks()) {
            coverage.missing("weeks", "asked for " + input.lookbackWeeks() + " weeks of history, the CFTC has "
                    + rows.size());
        }
        List<ClassPositioning> classes = new ArrayList<>();
        if (!rows.isEmpty()) {
            CotRow latest = rows.get(rows.size() - 1);
            for (Map.Entry<String, List<BigDecimal>> series : netSeries(rows).entrySet()) {
                rank(input, series.getKey(), series.getValue(), latest, coverage).ifPresent(classes::add);
            }
        }
        List<String> extremes = classes.stream().filter(c -> c.extreme() != Extreme.none)
                .map(ClassPositioning::traderClass).toList();
        LocalDate asOf = rows.isEmpty() ? null : rows.get(rows.size() - 1).reportDate();
        String market = rows.isEmpty() ? null : rows.get(rows.size() - 1).marketAndExchangeNames();
        Output output = new Output(input.marketCode(), market, input.report(), dataset.id(), input.combined(),
                input.lookbackWeeks(), rows.size(), input.extremePercentile(), input.zThreshold(), classes, extremes,
                asOf, coverage.build(classes.size()), answer.fetchedAt(), "CFTC");
        return ToolResult.of(output, asOf == null ? null : FredPoint.startOfDay(asOf));
    }

    /** Net position per trader class, oldest first; a week missing a side is skipped for that class (null marks it). */
    private static Map<String, List<BigDecimal>> netSeries(List<CotRow> rows) {
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (CotRow row : rows) {
            for (CotPosition p : row.positions()) {
                series.computeIfAbsent(p.traderClass(), k -> new ArrayList<>()).add(p.net());
            }
        }
        return series;
    }

    private static Optional<ClassPositioning> rank(Input input, String traderClass, List<BigDecimal> nets,
                                                             CotRow latest, MacroCoverage.Builder coverage) {
        BigDecimal latestNet = nets.get(nets.size() - 1);
        if (latestNet == null) {
            coverage.missing(traderClass, "the latest report (" + latest.reportDate() + ") lacks this class's long "
                    + "or short column: it cannot be ranked");
            return Optional.empty();
        }
        List<BigDecimal> known = nets.stream().filter(Objects::nonNull).toList();
        if (known.size() < MIN_SAMPLES) {
            coverage.missing(traderClass, "only " + known.size() + " weeks carry both sides; at least " + MIN_SAMPLES
                    + " are needed");
            return Optional.empty();
        }
        if (known.size() < nets.size()) {
            coverage.missing(traderClass, (nets.size() - known.size()) + " weeks lack a side and were left out");
        }
        PositioningStats stats = PositioningStats.of(known.stream().map(BigDecimal::doubleValue).toList());
        double p = input.extremePercentile().doubleValue();
        boolean byPercentile = stats.percentile() >= p || stats.percentile() <= 100 - p;
        boolean byZ = !Double.isNaN(stats.zScore()) && Math.abs(stats.zScore()) >= input.zThreshold().doubleValue();
        Extreme extreme = !(byPercentile || byZ) ? Extreme.none
                : stats.percentile() >= 50 ? Extreme.long_extreme : Extreme.short_extreme;
        return Optional.of(new ClassPositioning(traderClass, latestNet,
                CotHistory.percentOf(latestNet, latest.openInterestAll()), stats.samples(), decimal(stats.mean(), 1),
                decimal(stats.stdDev(), 1), known.stream().min(Comparator.naturalOrder()).orElseThrow(),
                known.stream().max(Comparator.naturalOrder()).orElseThrow(), decimal(stats.percentile(), 1),
                Double.isNaN(stats.zScore()) ? null : decimal(stats.zScore(), 2), extreme, byPercentile, byZ));
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
