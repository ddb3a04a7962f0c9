package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.CftcClient.CotQuery;
import io.cerbero.mcp.plugin.macro.client.CotDataset;
import io.cerbero.mcp.plugin.macro.client.CotPosition;
import io.cerbero.mcp.plugin.macro.client.CotRow;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The weekly Commitments of Traders of one market, per trader class: shared by {@code get_cot_tff} and
 * {@code get_cot_disaggregated}, which differ only in the dataset and its trader classes.
 */
public final class CotHistory {
    static final int DEFAULT_WEEKS = 12;
    static final int MAX_WEEKS = 520;

    private CotHistory() {
    }

    public record Input(
            @Schema(description = "CFTC contract market code: 133741 CME Bitcoin, 13874A E-mini S&P 500, 043602 "
                    + "10-year T-note, 088691 gold, 067651 WTI crude", example = "133741",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String marketCode,
            @Schema(description = "newest weekly reports to return, 1-520, default 12", example = "12")
            Integer weeks,
            @Schema(description = "futures and options combined instead of futures only (default false)",
                    example = "false")
            Boolean combined) {
        public Input {
            marketCode = MacroParams.marketCode(marketCode);
            weeks = Inputs.intInRange(weeks, "weeks", 1, MAX_WEEKS, DEFAULT_WEEKS);
            combined = combined != null && combined;
        }
    }

    /**
     * One trader class in one report, in contracts; a side the report lacks is absent and listed in coverage.
     *
     * @param netPctOfOpenInterest net as a percentage of the market's open interest
     */
    public record Position(@Schema(example = "leveraged_funds") String traderClass, BigDecimal longs,
                           BigDecimal shorts, BigDecimal net, BigDecimal netPctOfOpenInterest) {
    }

    /**
     * One weekly report.
     *
     * @param reportDate the Tuesday the positions are as of (published the following Friday)
     */
    public record Report(LocalDate reportDate, BigDecimal openInterest, List<Position> positions) {
    }

    /**
     * Reports oldest first.
     *
     * @param datasetId   the Socrata dataset the rows come from
     * @param asOf        the newest report date: when the positions were observed
     * @param fetchedAt   when the rows were fetched from the CFTC (they may come from the cache)
     */
    public record Output(String report, String datasetId, boolean combined, String marketCode, String market,
                         int weeksRequested, List<Report> reports, LocalDate asOf, MacroCoverage coverage,
                         Instant fetchedAt, String source) {
    }

    static CompletionStage<ToolResult> fetch(MacroSession session, Input input, CotDataset dataset) {
        CotQuery query = new CotQuery(dataset, input.marketCode(), input.weeks());
        return session.cftc().reports(query).thenApply(rows -> result(input, dataset, rows));
    }

    private static ToolResult result(Input input, CotDataset dataset, Cached<List<CotRow>> answer) {
        String report = dataset.report().label();
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        List<CotRow> rows = new ArrayList<>(answer.value());
        if (rows.isEmpty()) {
            coverage.missing(input.marketCode(), "the CFTC has no " + report + " reports for market code "
                    + input.marketCode() + " in dataset " + dataset.id() + " (check the code)");
        }
        List<Report> reports = new ArrayList<>();
        String market = null;
        for (CotRow row : rows) {
            LocalDate date = row.reportDate();
            if (date == null) {
                coverage.missing("report_date_as_yyyy_mm_dd", "a row has no readable report date and was left out");
                continue;
            }
            market = market == null ? row.marketAndExchangeNames() : market;
            reports.add(new Report(date, row.openInterestAll(), positions(row, date, coverage)));
            if (row.openInterestAll() == null) {
                coverage.missing(date + " open_interest_all", "column absent from the CFTC row");
            }
        }
        reports.sort(Comparator.comparing(Report::reportDate));
        if (!rows.isEmpty() && reports.size() < input.weeks()) {
            coverage.missing("weeks", "asked for " + input.weeks() + " reports, the CFTC has " + reports.size());
        }
        LocalDate asOf = reports.isEmpty() ? null : reports.get(reports.size() - 1).reportDate();
        Output output = new Output(report, dataset.id(), input.combined(), input.marketCode(), market,
                input.weeks(), reports, asOf, coverage.build(reports.size()), answer.fetchedAt(), "CFTC");
        return ToolResult.of(output, asOf == null ? null : FredPoint.startOfDay(asOf));
    }

    private static List<Position> positions(CotRow row, LocalDate date, MacroCoverage.Builder coverage) {
        List<Position> positions = new ArrayList<>();
        for (CotPosition p : row.positions()) {
            if (p.longs() == null) {
                coverage.missing(date + " " + p.longColumn(), "column absent from the CFTC row");
            }
            if (p.shorts() == null) {
                coverage.missing(date + " " + p.shortColumn(), "column absent from the CFTC row");
            }
            positions.add(new Position(p.traderClass(), p.longs(), p.shorts(), p.net(),
                    percentOf(p.net(), row.openInterestAll())));
        }
        return positions;
    }

    /** {@code part} as a percentage of {@code whole}, 2 decimals; absent when either is missing or whole is 0. */
    static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_EVEN);
    }
}
