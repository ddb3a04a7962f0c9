package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code cancel_order}: POST /v5/order/cancel by the venue's order id or by the client order id, via the pipeline. */
public final class BybitCancelOrderTool implements Tool<BybitSession, BybitCancelOrderTool.Input> {

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "product type (default linear)", example = "linear") BybitCategory category,
            @Schema(description = "the venue's order id (this or client_order_id)",
                    example = "1321003749386327552") String orderId,
            @Schema(description = "your order id, Bybit's orderLinkId (this or order_id)", example = "bot1-0001")
            String clientOrderId,
            @Schema(description = "return the signed request instead of sending it", example = "true")
            Boolean dryRun) {
        public Input {
            dryRun = dryRun != null && dryRun;
            BybitParams.symbol(symbol);
            category = BybitParams.category(category);
            Inputs.optionalToken(orderId, "order_id", 64);
            Inputs.optionalToken(clientOrderId, "client_order_id", 36);
            new CancelIntent(symbol, orderId, clientOrderId, dryRun); // exactly one of the two ids
        }
    }

    @Override
    public String name() {
        return "cancel_order";
    }

    @Override
    public String description() {
        return "Cancels one open Bybit order by order_id or client_order_id.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return OrderAck.class;
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, null, "bot1-0001", true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        CancelIntent cancel = new CancelIntent(input.symbol(), input.orderId(), input.clientOrderId(), input.dryRun());
        return ToolResult.of(session.orders().cancel(call, cancel, input.category()));
    }
}
