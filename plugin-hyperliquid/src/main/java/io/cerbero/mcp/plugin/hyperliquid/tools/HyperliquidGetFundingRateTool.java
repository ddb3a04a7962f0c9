package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.model.FundingRates;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.AssetCtx;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.Funding;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.MetaAndCtxs;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_funding_rate}: the current hourly rate (from {@code metaAndAssetCtxs}) and the history of the last
 * {@code hours} hours ({@code fundingHistory}), oldest first. Hyperliquid funds every hour, so annualised values
 * use a 1-hour interval: compare with 8-hour venues only after normalising.
 */
public final class HyperliquidGetFundingRateTool
        implements AsyncTool<HyperliquidSession, HyperliquidGetFundingRateTool.Input> {

    public record Input(
            @Schema(description = "perp name", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "hours of history, 1-500 (default 24)", example = "24") Integer hours) {
        public Input {
            HyperliquidParams.symbol(symbol);
            hours = Inputs.intInRange(hours, "hours", 1, 500, 24);
        }
    }

    @Override
    public String name() {
        return "get_funding_rate";
    }

    @Override
    public String description() {
        return "Current and past hourly funding rates of a Hyperliquid perpetual, with annualised values.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: hourly funding; the current rate is a slowly moving estimate. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(30)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return FundingRates.class;
    }

    @Override
    public Input example() {
        return new Input("BTC", 24);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        Instant now = session.clock().instant();
        long start = now.minus(input.hours(), ChronoUnit.HOURS).toEpochMilli();
        CompletableFuture<MetaAndCtxs> current = session.client().metaAndAssetCtxsAsync();
        CompletableFuture<List<Funding>> history = session.client().fundingHistoryAsync(input.symbol(), start, null);
        return current.thenCombine(history, (ctxs, rows) -> ToolResult.of(rates(input.symbol(), ctxs, rows, now),
                now));
    }

    static FundingRates rates(String symbol, MetaAndCtxs ctxs, List<Funding> rows, Instant now) {
        AssetCtx ctx = HyperliquidGetTickerTool.context(ctxs, symbol);
        FundingRate current = ctx.funding() == null ? null
                : FundingRate.of(now, ctx.funding(), HyperliquidGetTickerTool.FUNDING_INTERVAL_HOURS);
        List<FundingRate> history = rows.stream().sorted(Comparator.comparingLong(Funding::time))
                .map(f -> FundingRate.of(Instant.ofEpochMilli(f.time()), f.fundingRate(),
                        HyperliquidGetTickerTool.FUNDING_INTERVAL_HOURS))
                .toList();
        return new FundingRates(symbol, current, now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS),
                history);
    }
}
