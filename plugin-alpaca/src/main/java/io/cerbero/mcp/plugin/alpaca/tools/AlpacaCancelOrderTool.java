package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Order;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderParams;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderVenue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code cancel_order}: DELETE /v2/orders/{order_id} (HTTP 204) through core's order pipeline, after looking the order
 * up ({@code GET /v2/orders/{id}} or {@code GET /v2/orders:by_client_order_id}). An order that is no longer cancelable
 * answers UPSTREAM_REJECTED (venue 422), an unknown one UPSTREAM_REJECTED (404).
 */
public final class AlpacaCancelOrderTool implements Tool<AlpacaSession, AlpacaCancelOrderTool.Input> {

    public record Input(
            @Schema(description = "Alpaca's order id (this or client_order_id)",
                    example = "61e69015-8549-4bfd-b9c3-01e75843f47d") String orderId,
            @Schema(description = "your client order id (this or order_id)", example = "bot1-0001")
            String clientOrderId,
            @Schema(description = "return the request instead of sending it", example = "true") Boolean dryRun) {
        public Input {
            dryRun = dryRun != null && dryRun;
            Inputs.optionalToken(orderId, "order_id", 64);
            if (clientOrderId != null) {
                AlpacaOrderVenue.CLIENT_ORDER_IDS.require(clientOrderId, "client_order_id");
            }
            if ((orderId == null) == (clientOrderId == null)) {
                throw ToolException.invalidInput("give exactly one of order_id and client_order_id");
            }
        }
    }

    @Override
    public String name() {
        return "cancel_order";
    }

    @Override
    public String description() {
        return "Cancels one open Alpaca order by order_id or client_order_id.";
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
        return new Input("61e69015-8549-4bfd-b9c3-01e75843f47d", null, true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    /**
     * Looks the order up first (by id, or by client order id), so the answer names its symbol and both ids, and an
     * unknown order is refused before any DELETE.
     */
    @Override
    public ToolResult handle(AlpacaSession session, Input input, ToolCall call) {
        Order order = input.orderId() != null ? session.client().order(input.orderId())
                : session.client().orderByClientOrderId(input.clientOrderId()).orElseThrow(() ->
                        ToolException.upstreamRejected("Alpaca knows no order with client_order_id "
                                + input.clientOrderId()).withFix("check the id with get_open_orders"));
        if (order.id() == null || order.symbol() == null) {
            throw ToolException.upstreamError("Alpaca answered the order lookup without an order id or symbol");
        }
        CancelIntent cancel = new CancelIntent(order.symbol(), order.id(), null, input.dryRun());
        OrderAck ack = session.pipeline().cancel(call, cancel, AlpacaOrderParams.NONE);
        return ToolResult.of(new OrderAck(ack.status(), ack.dryRun(), ack.symbol(), ack.orderId(),
                order.clientOrderId(), ack.side(), ack.type(), ack.requestedQty(), ack.qty(), ack.qtyUnit(),
                ack.requestedPrice(), ack.price(), ack.order(), ack.leverage(), ack.request(), ack.venueSpecific()));
    }
}
