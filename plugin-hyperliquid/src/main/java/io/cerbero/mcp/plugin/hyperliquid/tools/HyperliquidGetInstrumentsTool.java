package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.Instrument;
import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.Instruments;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAssets;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAssets.PerpAsset;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_instruments}: the perp universe from {@code meta}. {@code tick_size} is the finest increment the
 * decimals rule allows (10^-(6 - szDecimals)); prices are further limited to 5 significant figures, so the real
 * tick grows with the price.
 */
public final class HyperliquidGetInstrumentsTool
        implements AsyncTool<HyperliquidSession, HyperliquidGetInstrumentsTool.Input> {

    public record Input(
            @Schema(description = "one perp only (case-sensitive); default all", example = "BTC") String symbol,
            @Schema(description = "include delisted perps (default false)", example = "false")
            Boolean includeDelisted) {
        public Input {
            if (symbol != null) {
                HyperliquidParams.symbol(symbol);
            }
            includeDelisted = includeDelisted != null && includeDelisted;
        }
    }

    @Override
    public String name() {
        return "get_instruments";
    }

    @Override
    public String description() {
        return "Hyperliquid perpetuals with asset index, size decimals, price rules, minimum order value and "
                + "maximum leverage.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: listings and size/price rules change rarely. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMinutes(5)).servingStaleFor(Duration.ofHours(1)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Instruments.class;
    }

    @Override
    public Input example() {
        return new Input("BTC", false);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        return session.client().metaAsync().thenApply(meta -> {
            List<Instrument> list = HyperliquidAssets.index(meta).values().stream()
                    .filter(a -> input.symbol() == null || input.symbol().equals(a.name()))
                    .filter(a -> input.includeDelisted() || !a.delisted())
                    .map(HyperliquidGetInstrumentsTool::instrument).toList();
            if (input.symbol() != null && list.isEmpty()) {
                throw ToolException.invalidInput("Hyperliquid has no listed perpetual named '" + input.symbol() + "'")
                        .withDetail("reason", "unknown_instrument"); // remembered a few seconds by the host cache
            }
            return ToolResult.of(new Instruments(list, null));
        });
    }

    static Instrument instrument(PerpAsset a) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("asset_index", a.index());
        extra.put("sz_decimals", a.szDecimals());
        extra.put("max_price_decimals", a.priceDecimals());
        extra.put("max_significant_figures", HyperliquidOrderVenue.SIGNIFICANT_FIGURES);
        extra.put("only_isolated", a.onlyIsolated());
        return new Instrument(a.name(), InstrumentKind.perpetual, a.name(), "USD", "USDC", !a.delisted(),
                a.tickSize(), a.qtyStep(), a.qtyStep(), HyperliquidOrderVenue.MIN_ORDER_VALUE, BigDecimal.ONE,
                SizeUnit.base, null, null, null, a.maxLeverage() == null ? null : BigDecimal.valueOf(a.maxLeverage()),
                extra);
    }
}
