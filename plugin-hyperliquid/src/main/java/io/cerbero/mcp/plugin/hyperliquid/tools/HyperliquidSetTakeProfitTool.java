package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.OrderKind;

import java.math.BigDecimal;

/** {@code set_take_profit}: a reduce-only {@code tp} trigger on the closing side of the open position. */
public final class HyperliquidSetTakeProfitTool extends HyperliquidTriggerTool {

    @Override
    public String name() {
        return "set_take_profit";
    }

    @Override
    public String description() {
        return "Attaches a take-profit to the open Hyperliquid position: a reduce-only trigger on the closing side "
                + "(market within slippage, or limit).";
    }

    @Override
    public Input example() {
        return new Input("BTC", new BigDecimal("75000"), null, null, null, null, true);
    }

    @Override
    OrderKind kind(boolean limit) {
        return limit ? OrderKind.take_profit_limit : OrderKind.take_profit_market;
    }

    @Override
    boolean triggerAbovePrice(boolean longPosition) {
        return longPosition;
    }
}
