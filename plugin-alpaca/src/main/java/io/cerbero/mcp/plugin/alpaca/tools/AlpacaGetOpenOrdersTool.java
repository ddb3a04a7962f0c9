package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.OpenOrders;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderMapping;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.concurrent.CompletionStage;

/**
 * {@code get_open_orders}: GET /v2/orders?status=open, newest first, bracket legs nested under their parent
 * (venue_specific.legs).
 */
public final class AlpacaGetOpenOrdersTool implements AsyncTool<AlpacaSession, AlpacaGetOpenOrdersTool.Input> {

    public record Input(
            @Schema(description = "only this symbol (stock ticker or OCC option symbol)", example = "AAPL")
            String symbol,
            @Schema(description = "at most this many orders, 1-500 (default 100)", example = "100") Integer limit) {
        public Input {
            symbol = AlpacaParams.optionalSymbol(symbol, "symbol");
            limit = Inputs.intInRange(limit, "limit", 1, 500, 100);
        }
    }

    @Override
    public String name() {
        return "get_open_orders";
    }

    @Override
    public String description() {
        return "Working (open) orders of the Alpaca account, newest first, optionally of one symbol.";
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
        return new Input("AAPL", 100);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        return session.client().openOrdersAsync(input.symbol(), input.limit()).thenApply(orders -> ToolResult.of(
                new OpenOrders(orders.stream().map(AlpacaOrderMapping::toOrder).toList())));
    }
}
