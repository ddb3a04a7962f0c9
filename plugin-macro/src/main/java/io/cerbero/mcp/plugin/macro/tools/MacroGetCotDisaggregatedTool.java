package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.CotDataset;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_cot_disaggregated}: the CFTC Disaggregated report of one (commodity) market (producers/merchants, swap
 * dealers, managed money, other reportables, non-reportables), weekly, from the public Socrata API. No key needed.
 */
public final class MacroGetCotDisaggregatedTool implements AsyncTool<MacroSession, CotHistory.Input> {

    @Override
    public String name() {
        return "get_cot_disaggregated";
    }

    @Override
    public String description() {
        return "CFTC Disaggregated Commitments of Traders by market code (commodities: gold 088691, WTI 067651 …): "
                + "weekly long, short and net contracts of producers/merchants, swap dealers, managed money, other "
                + "reportables and non-reportables (futures only, or combined with options), oldest first.";
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
        return new CotHistory.Input("088691", 12, false);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, CotHistory.Input input, ToolCall call) {
        return CotHistory.fetch(session, input, CotDataset.disaggregated(input.combined()), "disaggregated");
    }
}
