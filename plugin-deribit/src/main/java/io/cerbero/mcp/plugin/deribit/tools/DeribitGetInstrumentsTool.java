package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.model.Instrument;
import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.Instruments;
import io.cerbero.mcp.core.model.OptionKind;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData;
import io.cerbero.mcp.plugin.deribit.trading.DeribitInstrumentRules;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_instruments}: the live instruments of a currency from the session's cache of
 * {@code public/get_instruments} (Deribit allows 1 call per 10 s), with their order rules.
 */
public final class DeribitGetInstrumentsTool implements AsyncTool<DeribitSession, DeribitGetInstrumentsTool.Input> {
    static final List<String> KINDS = List.of("perpetual", "future", "option", "spot", "future_combo", "option_combo");

    public record Input(
            @Schema(description = "currency whose instruments are listed: BTC, ETH, USDC, USDT … (default BTC)",
                    example = "BTC") String currency,
            @Schema(description = "only this kind: perpetual, future (dated), option, spot, future_combo, option_combo",
                    example = "future") String kind) {
        public Input {
            currency = DeribitParams.currency(currency, "currency", "BTC");
            kind = DeribitParams.oneOf(kind, "kind", KINDS, null);
        }
    }

    @Override
    public String name() {
        return "get_instruments";
    }

    @Override
    public String description() {
        return "Live Deribit instruments of a currency with tick size (and price bands), qty step and minimum, "
                + "contract size, the unit qty counts (USD for inverse futures, coin for options), expiry, strike.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: listings and trading rules change a few times a day. */
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
        return new Input("BTC", "future");
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return session.instruments().listing(input.currency()).thenApply(listing -> ToolResult.of(new Instruments(
                listing.instruments().stream().filter(i -> matches(i, input.kind())).map(
                        DeribitGetInstrumentsTool::unified).toList(), null), listing.loadedAt()));
    }

    static boolean matches(DeribitMarketData.Instrument i, String kind) {
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case "perpetual" -> DeribitInstrumentRules.kind(i) == InstrumentKind.perpetual;
            case "future" -> "future".equals(i.kind()) && DeribitInstrumentRules.kind(i) == InstrumentKind.future;
            default -> kind.equals(i.kind());
        };
    }

    static Instrument unified(DeribitMarketData.Instrument i) {
        var rules = DeribitInstrumentRules.of(i, null);
        Map<String, Object> extra = new LinkedHashMap<>();
        DeribitParams.put(extra, "kind", i.kind());
        DeribitParams.put(extra, "instrument_type", i.instrumentType());
        DeribitParams.put(extra, "settlement_period", i.settlementPeriod());
        if (i.tickSizeSteps() != null && !i.tickSizeSteps().isEmpty()) {
            extra.put("tick_size_steps", i.tickSizeSteps().stream()
                    .map(s -> Map.of("above_price", s.abovePrice(), "tick_size", s.tickSize())).toList());
        }
        DeribitParams.put(extra, "maker_commission", i.makerCommission());
        DeribitParams.put(extra, "taker_commission", i.takerCommission());
        DeribitParams.put(extra, "price_index", i.priceIndex());
        boolean perpetual = "perpetual".equals(i.settlementPeriod());
        return new Instrument(i.instrumentName(), rules.kind(), i.baseCurrency(),
                DeribitInstrumentRules.inverse(i) ? "USD" : i.quoteCurrency(), i.settlementCurrency(),
                rules.active(), i.tickSize(), rules.qtyStep(), i.minTradeAmount(), null, i.contractSize(),
                rules.qtyUnit(), perpetual ? null : DeribitParams.millis(i.expirationTimestamp()), i.strike(),
                "call".equals(i.optionType()) ? OptionKind.call : "put".equals(i.optionType()) ? OptionKind.put : null,
                i.maxLeverage(), extra);
    }
}
