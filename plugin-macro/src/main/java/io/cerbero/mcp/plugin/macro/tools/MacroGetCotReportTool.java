package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.CotDataset;
import io.cerbero.mcp.plugin.macro.client.CotReport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The weekly history of one CFTC Commitments of Traders report type for one market, from the public Socrata API
 * (no key needed). One instance per report: {@link #tff()} and {@link #disaggregated()}; they differ only in the
 * report and the words that describe it.
 *
 * @param exampleMarketCode a market the report covers, for the tool's example
 */
public record MacroGetCotReportTool(CotReport report, String name, String description, String exampleMarketCode)
        implements AsyncTool<MacroSession, CotHistory.Input> {

    public MacroGetCotReportTool {
        Objects.requireNonNull(report, "report");
    }

    /**
     * {@code get_cot_tff}: the Traders in Financial Futures report (dealers, asset managers, leveraged funds, other
     * reportables, non-reportables).
     */
    public static MacroGetCotReportTool tff() {
        return new MacroGetCotReportTool(CotReport.TFF, "get_cot_tff",
                "CFTC Traders in Financial Futures by market code: weekly long, short and net contracts of dealers, "
                        + "asset managers, leveraged funds, other reportables and non-reportables (futures only, or "
                        + "combined with options), oldest first.",
                "133741");
    }

    /**
     * {@code get_cot_disaggregated}: the Disaggregated report of a (commodity) market (producers/merchants, swap
     * dealers, managed money, other reportables, non-reportables).
     */
    public static MacroGetCotReportTool disaggregated() {
        return new MacroGetCotReportTool(CotReport.DISAGGREGATED, "get_cot_disaggregated",
                "CFTC Disaggregated Commitments of Traders by market code (commodities: gold 088691, WTI 067651 …): "
                        + "weekly long, short and net contracts of producers/merchants, swap dealers, managed money, "
                        + "other reportables and non-reportables (futures only, or combined with options), oldest "
                        + "first.",
                "088691");
    }

    @Override
    public Class<CotHistory.Input> inputType() {
        return CotHistory.Input.class;
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
        return CotHistory.Output.class;
    }

    @Override
    public CotHistory.Input example() {
        return new CotHistory.Input(exampleMarketCode, CotHistory.DEFAULT_WEEKS, false);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, CotHistory.Input input, ToolCall call) {
        return CotHistory.fetch(session, input, new CotDataset(report, input.combined()));
    }
}
