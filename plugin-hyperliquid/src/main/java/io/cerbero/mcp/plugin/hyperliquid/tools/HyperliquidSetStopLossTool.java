package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.OrderKind;

import java.math.BigDecimal;

/** {@code set_stop_loss}: a reduce-only {@code sl} trigger on the closing side of the open position. */
public final class HyperliquidSetStopLossTool extends HyperliquidTriggerTool {

    @Override
    public String name() {
        return "set_stop_loss";
    }

    @Override
    public String description() {
        return "Attaches a stop-loss to the open Hyperliquid position: a reduce-only trigger on the closing side "
                + "(market within slippage, or limit).";
    }

    @Override
    public Input example() {
        return new Input("BTC", new BigDecimal("55000"), null, null, null, null, true);
    }

    @Override
    OrderKind kind(boolean limit) {
        return limit ? OrderKind.stop_limit : OrderKind.stop_market;
    }

    @Override
    boolean triggerAbovePrice(boolean longPosition) {
        return !longPosition;
    }
}
