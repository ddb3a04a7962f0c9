package io.cerbero.mcp.plugin.bybit.trading;

import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitClient;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Ticker;

import java.math.BigDecimal;
import java.util.Objects;

/** The price a market order (or an unpriced resting order) is valued at: the mark, or the last price for spot. */
final class BybitReferencePrices {
    private final BybitClient client;

    BybitReferencePrices(BybitClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    BigDecimal reference(BybitCategory category, String symbol) {
        Ticker ticker = client.tickers(category, symbol, null).requireResult().list().stream()
                .filter(t -> symbol.equals(t.symbol())).findFirst()
                .orElseThrow(() -> ToolException.invalidInput("Bybit has no " + category + " ticker for '" + symbol
                        + "'").withFix("check the symbol and category with get_instruments"));
        BigDecimal mark = category == BybitCategory.spot ? null : Unset.zeroAsNull(ticker.markPrice());
        BigDecimal price = mark != null ? mark : Unset.zeroAsNull(ticker.lastPrice());
        if (price == null) {
            throw ToolException.upstreamError("no usable reference price for " + symbol + " to check leverage");
        }
        return price;
    }
}
