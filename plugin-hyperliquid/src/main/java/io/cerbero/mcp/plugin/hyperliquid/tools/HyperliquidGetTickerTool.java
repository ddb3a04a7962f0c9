package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.model.Ticker;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.AssetCtx;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.MetaAndCtxs;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_ticker}: one perp's context from {@code metaAndAssetCtxs} (mid, mark, oracle, hourly funding, open
 * interest, 24 h volume), without blocking. The venue publishes no last trade or best bid/ask there: {@code last},
 * {@code bid} and {@code ask} are absent (use get_orderbook); the impact prices are in {@code venue_specific}.
 */
public final class HyperliquidGetTickerTool implements AsyncTool<HyperliquidSession, HyperliquidGetTickerTool.Input> {
    /** Hyperliquid pays funding every hour. */
    static final BigDecimal FUNDING_INTERVAL_HOURS = BigDecimal.ONE;

    public record Input(
            @Schema(description = "perp name as the venue spells it (case-sensitive)", example = "BTC",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol) {
        public Input {
            HyperliquidParams.symbol(symbol);
        }
    }

    @Override
    public String name() {
        return "get_ticker";
    }

    @Override
    public String description() {
        return "Mid, mark and oracle price, hourly funding rate, open interest and 24 h volume of one Hyperliquid "
                + "perpetual.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: a ticker moves every tick; a quarter second keeps a fleet of bots on one venue call. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(250)).servingStaleFor(Duration.ofSeconds(5)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Ticker.class;
    }

    @Override
    public Input example() {
        return new Input("BTC");
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        Instant now = session.clock().instant();
        return session.client().metaAndAssetCtxsAsync().thenApply(answer -> ToolResult.of(ticker(answer,
                input.symbol(), now), now));
    }

    static Ticker ticker(MetaAndCtxs answer, String symbol, Instant now) {
        AssetCtx ctx = context(answer, symbol);
        BigDecimal mid = Unset.zeroAsNull(ctx.midPx());
        BigDecimal mark = Unset.zeroAsNull(ctx.markPx());
        BigDecimal reference = mid != null ? mid : mark;
        BigDecimal prev = Unset.zeroAsNull(ctx.prevDayPx());
        BigDecimal change = reference == null || prev == null ? null
                : reference.subtract(prev).divide(prev, MathContext.DECIMAL64).stripTrailingZeros();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("mid_price", mid);
        extra.put("oracle_price", ctx.oraclePx());
        extra.put("premium", ctx.premium());
        extra.put("prev_day_price", prev);
        List<BigDecimal> impact = ctx.impactPxs();
        if (impact != null && impact.size() == 2) {
            extra.put("impact_bid", impact.get(0));
            extra.put("impact_ask", impact.get(1));
        }
        extra.values().removeIf(java.util.Objects::isNull);
        return new Ticker(symbol, "USDC", SizeUnit.base, null, null, null, null, null, mark, ctx.oraclePx(),
                null, null, ctx.dayBaseVlm(), ctx.dayNtlVlm(), change, ctx.openInterest(), ctx.funding(),
                now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS), now, extra);
    }

    /** The context aligned with {@code symbol}'s position in the universe. */
    static AssetCtx context(MetaAndCtxs answer, String symbol) {
        for (int i = 0; i < answer.meta().universe().size(); i++) {
            if (symbol.equals(answer.meta().universe().get(i).name())) {
                if (i >= answer.ctxs().size()) {
                    break;
                }
                return answer.ctxs().get(i);
            }
        }
        throw ToolException.invalidInput("Hyperliquid has no perpetual named '" + symbol + "'")
                .withFix("names are case-sensitive (BTC, ETH, kPEPE); list them with get_instruments")
                .withDetail("reason", "unknown_instrument"); // the host's cache remembers it for a few seconds
    }
}
