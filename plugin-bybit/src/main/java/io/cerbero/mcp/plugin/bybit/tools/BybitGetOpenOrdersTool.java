package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.OpenOrders;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Order;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.cerbero.mcp.plugin.bybit.unified.BybitOrders;
import io.swagger.v3.oas.annotations.media.Schema;


/**
 * {@code get_open_orders}: GET /v5/order/realtime with openOnly=0 (signed), as the unified {@link OpenOrders}; see
 * {@link BybitOrders} for the states, kinds and placeholders.
 */
public final class BybitGetOpenOrdersTool implements Tool<BybitSession, BybitGetOpenOrdersTool.Input> {

    public record Input(
            @Schema(description = "product type (default linear)", example = "linear") BybitCategory category,
            @Schema(description = "one symbol", example = "BTCUSDT") String symbol,
            @Schema(description = "all orders settled in this coin; linear defaults to USDT when no symbol is given",
                    example = "USDT") String settleCoin,
            @Schema(description = "orders, 1-50, default 50", example = "50") Integer limit) {
        public Input {
            category = BybitParams.category(category);
            Inputs.optionalToken(symbol, "symbol", BybitParams.SYMBOL_MAX);
            Inputs.optionalToken(settleCoin, "settle_coin", 16);
            limit = Inputs.intInRange(limit, "limit", 1, 50, 50);
        }
    }

    @Override
    public String name() {
        return "get_open_orders";
    }

    @Override
    public String description() {
        return "Open (active and untriggered) Bybit orders of a category, one symbol or all settled in a coin.";
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
    public Effect effect() {
        return Effect.READ;
    }

    @Override
    public Input example() {
        return new Input(BybitCategory.linear, "BTCUSDT", null, 50);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        String settle = BybitGetPositionsTool.defaultSettleCoin(input.category(), input.symbol(), input.settleCoin());
        BybitEnvelope<BybitPage<Order>> answer = session.client().openOrders(input.category(), input.symbol(), settle,
                input.limit());
        return ToolResult.of(new OpenOrders(answer.requireResult().list().stream()
                .map(o -> BybitOrders.toUnified(input.category(), o)).toList()), answer.timestamp());
    }
}
