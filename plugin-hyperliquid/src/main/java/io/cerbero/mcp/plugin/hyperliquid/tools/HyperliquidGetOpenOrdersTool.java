package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.OpenOrders;
import io.cerbero.mcp.core.model.Order;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.OpenOrder;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_open_orders}: resting orders of the account from {@code frontendOpenOrders} (limits and untriggered
 * stop-loss / take-profit orders), newest first.
 */
public final class HyperliquidGetOpenOrdersTool
        implements AsyncTool<HyperliquidSession, HyperliquidGetOpenOrdersTool.Input> {

    public record Input(
            @Schema(description = "one coin only; default all", example = "BTC") String symbol) {
        public Input {
            if (symbol != null) {
                HyperliquidParams.symbol(symbol);
            }
        }
    }

    @Override
    public String name() {
        return "get_open_orders";
    }

    @Override
    public String description() {
        return "Resting Hyperliquid orders (limits and waiting stop-loss / take-profit triggers), newest first.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return OpenOrders.class;
    }

    @Override
    public Input example() {
        return new Input(null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        return session.client().frontendOpenOrdersAsync(session.wallet())
                .thenApply(rows -> ToolResult.of(openOrders(rows, input.symbol())));
    }

    static OpenOrders openOrders(List<OpenOrder> rows, String symbol) {
        List<Order> orders = rows.stream().filter(o -> symbol == null || symbol.equals(o.coin()))
                .sorted(Comparator.comparing((OpenOrder o) -> o.timestamp() == null ? 0L : o.timestamp()).reversed())
                .map(o -> HyperliquidOrderView.unified(o, null)).toList();
        return new OpenOrders(orders);
    }
}
