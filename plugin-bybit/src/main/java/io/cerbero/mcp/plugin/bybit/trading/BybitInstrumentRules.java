package io.cerbero.mcp.plugin.bybit.trading;

import io.cerbero.mcp.core.trading.InstrumentRules;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;
import io.cerbero.mcp.plugin.bybit.unified.BybitUnits;

/**
 * A Bybit instrument as the order pipeline's rules: tick from the price filter, qty step ({@code basePrecision} on
 * spot), min/max order qty, min notional ({@code minNotionalValue}, spot {@code minOrderAmt}), price range. Inverse
 * qty counts USD, so its notional is the qty itself and Bybit states no separate minimum value for it.
 */
final class BybitInstrumentRules {
    private BybitInstrumentRules() {
    }

    static InstrumentRules of(BybitCategory category, Instrument i) {
        var lot = i.lotSizeFilter();
        var price = i.priceFilter();
        return new InstrumentRules(i.symbol(), BybitUnits.kind(category, i.contractType()), i.isTrading(),
                i.tickSize(), null, i.qtyStep(), lot == null ? null : lot.minOrderQty(),
                lot == null ? null : lot.maxOrderQty(), category == BybitCategory.inverse ? null : i.minNotional(),
                price == null ? null : price.minPrice(), price == null ? null : price.maxPrice(), null,
                BybitUnits.sizeUnit(category));
    }
}
