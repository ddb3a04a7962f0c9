package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.Instrument;
import io.cerbero.mcp.core.model.Instruments;
import io.cerbero.mcp.core.model.OptionKind;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.cerbero.mcp.plugin.bybit.unified.BybitUnits;
import io.cerbero.mcp.plugin.bybit.unified.VenueFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** {@code get_instruments}: GET /v5/market/instruments-info, one page. Also warms the session's instrument cache. */
public final class BybitGetInstrumentsTool implements Tool<BybitSession, BybitGetInstrumentsTool.Input> {

    public record Input(
            @Schema(description = "product type (default linear)", example = "linear") BybitCategory category,
            @Schema(description = "one symbol only", example = "BTCUSDT") String symbol,
            @Schema(description = "filter by base coin (options default to BTC at the venue)", example = "BTC")
            String baseCoin,
            @Schema(description = "rows per page, 1-1000, default 500", example = "500") Integer limit,
            @Schema(description = "next_cursor of the previous page") String cursor) {
        public Input {
            category = BybitParams.category(category);
            Inputs.optionalToken(symbol, "symbol", BybitParams.SYMBOL_MAX);
            Inputs.optionalToken(baseCoin, "base_coin", 16);
            limit = Inputs.intInRange(limit, "limit", 1, 1000, 500);
            Inputs.optionalToken(cursor, "cursor", 512);
        }
    }

    @Override
    public String name() {
        return "get_instruments";
    }

    @Override
    public String description() {
        return "Instruments of a Bybit category with their trading rules (tick size, qty step, min/max qty, leverage "
                + "range, expiry). Paginated with cursor.";
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
    public Effect effect() {
        return Effect.READ;
    }

    /** Shared by every caller of the environment: listings and tick sizes change a few times a day. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMinutes(5)).servingStaleFor(Duration.ofHours(1)));
    }

    @Override
    public Input example() {
        return new Input(BybitCategory.linear, "BTCUSDT", null, 500, null);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<BybitPage<BybitMarketData.Instrument>> answer = session.client().instruments(input.category(), input.symbol(),
                input.baseCoin(), input.limit(), input.cursor());
        BybitPage<BybitMarketData.Instrument> page = answer.requireResult();
        session.instruments().putAll(input.category(), page.list());
        String next = page.nextPageCursor() == null || page.nextPageCursor().isEmpty() ? null : page.nextPageCursor();
        return ToolResult.of(new Instruments(page.list().stream().map(i -> unified(input.category(), i)).toList(),
                next), answer.timestamp());
    }

    /**
     * One instrument in the unified shape. Placeholders become null: {@code deliveryTime "0"} on perpetuals, an
     * absent or zero filter value. Inverse qty counts USD ({@code qty_unit: quote}); the rest count the base coin.
     * The price range, max qty, market-order max, leverage range and step, funding interval (minutes), status and
     * contract type go in {@code venue_specific}.
     */
    static Instrument unified(BybitCategory category, BybitMarketData.Instrument i) {
        var price = i.priceFilter();
        var lot = i.lotSizeFilter();
        var lev = i.leverageFilter();
        boolean inverse = category == BybitCategory.inverse;
        return new Instrument(i.symbol(), BybitUnits.kind(category, i.contractType()), i.baseCoin(), i.quoteCoin(),
                i.settleCoin(), i.isTrading(), Unset.zeroAsNull(i.tickSize()), Unset.zeroAsNull(i.qtyStep()),
                lot == null ? null : Unset.zeroAsNull(lot.minOrderQty()), Unset.zeroAsNull(i.minNotional()),
                inverse ? null : BigDecimal.ONE, BybitUnits.sizeUnit(category), Unset.epochMillis(i.deliveryTime()),
                category == BybitCategory.option ? strike(i.symbol()) : null, optionKind(i.optionsType()),
                lev == null ? null : Unset.zeroAsNull(lev.maxLeverage()),
                VenueFields.of().put("category", category).put("status", i.status())
                        .put("contract_type", i.contractType())
                        .put("min_price", price == null ? null : Unset.zeroAsNull(price.minPrice()))
                        .put("max_price", price == null ? null : Unset.zeroAsNull(price.maxPrice()))
                        .put("max_order_qty", lot == null ? null : Unset.zeroAsNull(lot.maxOrderQty()))
                        .put("max_market_order_qty", lot == null ? null : Unset.zeroAsNull(lot.maxMktOrderQty()))
                        .put("min_leverage", lev == null ? null : Unset.zeroAsNull(lev.minLeverage()))
                        .put("leverage_step", lev == null ? null : Unset.zeroAsNull(lev.leverageStep()))
                        .put("funding_interval", i.fundingInterval() == null || i.fundingInterval() <= 0 ? null
                                : i.fundingInterval())
                        .put("launch_time", Unset.epochMillis(i.launchTime()))
                        .build());
    }

    /** The strike of an option symbol: {@code BTC-28MAR25-110000-C} → 110000. */
    static BigDecimal strike(String symbol) {
        String[] parts = symbol.split("-");
        if (parts.length < 4) {
            return null;
        }
        try {
            return new BigDecimal(parts[2]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static OptionKind optionKind(String optionsType) {
        if ("Call".equalsIgnoreCase(optionsType)) {
            return OptionKind.call;
        }
        return "Put".equalsIgnoreCase(optionsType) ? OptionKind.put : null;
    }
}
