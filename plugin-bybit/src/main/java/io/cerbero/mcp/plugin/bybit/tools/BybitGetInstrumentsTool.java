package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

    /**
     * Trading rules of one instrument: prices are rounded to {@code tick_size}, quantities down to {@code qty_step}.
     *
     * @param contractType    LinearPerpetual, LinearFutures, InversePerpetual, InverseFutures; absent for spot/option
     * @param deliveryTime    expiry of dated futures and options; absent for perpetuals and spot
     * @param fundingInterval minutes between fundings (perpetuals)
     */
    public record Item(String symbol, String status, String contractType, String baseCoin, String quoteCoin,
                       String settleCoin, Instant deliveryTime, String optionsType, BigDecimal tickSize,
                       BigDecimal minPrice, BigDecimal maxPrice, BigDecimal qtyStep, BigDecimal minOrderQty,
                       BigDecimal maxOrderQty, BigDecimal minNotional, BigDecimal minLeverage, BigDecimal maxLeverage,
                       BigDecimal leverageStep, Integer fundingInterval) {
        static Item of(Instrument i) {
            var price = i.priceFilter();
            var lot = i.lotSizeFilter();
            var lev = i.leverageFilter();
            return new Item(i.symbol(), i.status(), i.contractType(), i.baseCoin(), i.quoteCoin(), i.settleCoin(),
                    BybitParams.millis(i.deliveryTime()), i.optionsType(), i.tickSize(),
                    price == null ? null : price.minPrice(), price == null ? null : price.maxPrice(), i.qtyStep(),
                    lot == null ? null : lot.minOrderQty(), lot == null ? null : lot.maxOrderQty(), i.minNotional(),
                    lev == null ? null : lev.minLeverage(), lev == null ? null : lev.maxLeverage(),
                    lev == null ? null : lev.leverageStep(), i.fundingInterval());
        }
    }

    /** @param nextCursor pass as {@code cursor} for the next page; absent on the last page */
    public record Output(BybitCategory category, List<Item> instruments, String nextCursor) {
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
    public Input example() {
        return new Input(BybitCategory.linear, "BTCUSDT", null, 500, null);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<BybitPage<Instrument>> answer = session.client().instruments(input.category(), input.symbol(),
                input.baseCoin(), input.limit(), input.cursor());
        BybitPage<Instrument> page = answer.requireResult();
        session.instruments().putAll(input.category(), page.list());
        String next = page.nextPageCursor() == null || page.nextPageCursor().isEmpty() ? null : page.nextPageCursor();
        return ToolResult.of(new Output(input.category(), page.list().stream().map(Item::of).toList(), next),
                answer.timestamp());
    }
}
