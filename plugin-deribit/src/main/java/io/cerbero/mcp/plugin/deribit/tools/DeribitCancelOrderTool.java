package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderParams;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderVenue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code cancel_order}: {@code private/cancel} by Deribit order id, or {@code private/cancel_by_label} by client
 * order id (which cancels every open order carrying that label), through core's order pipeline.
 */
public final class DeribitCancelOrderTool implements Tool<DeribitSession, DeribitCancelOrderTool.Input> {

    public record Input(
            @Schema(description = "Deribit order id (exactly one of order_id and client_order_id)",
                    example = "29915471701") String orderId,
            @Schema(description = "the label the order was placed with; cancels every open order with it",
                    example = "bot1-0001") String clientOrderId,
            @JsonAlias("instrument")
            @Schema(description = "the order's instrument, optional (a cancel by label is then limited to its "
                    + "currency); 'instrument' is accepted as an alias", example = "BTC-PERPETUAL") String symbol,
            @Schema(description = "return the exact JSON-RPC request instead of sending it", example = "false")
            boolean dryRun) {
        public Input {
            Inputs.optionalToken(orderId, "order_id", 64);
            if (clientOrderId != null) {
                DeribitOrderVenue.LABELS.require(clientOrderId, "client_order_id");
            }
            if (symbol != null) {
                DeribitParams.symbol(symbol);
            }
            new CancelIntent(symbol, orderId, clientOrderId, dryRun);
        }
    }

    @Override
    public String name() {
        return "cancel_order";
    }

    @Override
    public String description() {
        return "Cancel a Deribit order by order_id, or every open order with a client_order_id (label); dry_run "
                + "returns the exact JSON-RPC request.";
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
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public Input example() {
        return new Input("29915471701", null, "BTC-PERPETUAL", true);
    }

    @Override
    public ToolResult handle(DeribitSession session, Input input, ToolCall call) {
        return ToolResult.of(session.pipeline().cancel(call,
                new CancelIntent(input.symbol(), input.orderId(), input.clientOrderId(), input.dryRun()),
                DeribitOrderParams.NONE));
    }
}
