package io.cerbero.mcp.plugin.alpaca.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.model.AckStatus;
import io.cerbero.mcp.core.model.LeverageReport;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.OrderPipeline;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.core.trading.VenueAck;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Order;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderMapping;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderParams;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderVenue;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaReplacingVenue;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaTimeInForce;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code amend_order}: PATCH /v2/orders/{order_id}, Alpaca's replace. The venue answers with a <b>new</b> order (new
 * id, {@code replaces} the old one) and moves the old one to {@code replaced}; it is not atomic with fills (the old
 * order may fill first, then the replace is refused). The new values are rounded like place_order's and the
 * account-wide leverage cap is checked with the replaced order taken out of the account, before anything is sent.
 * Sent once, never retried.
 */
public final class AlpacaAmendOrderTool implements Tool<AlpacaSession, AlpacaAmendOrderTool.Input> {

    public record Input(
            @Schema(description = "Alpaca's id of the open order to replace",
                    example = "61e69015-8549-4bfd-b9c3-01e75843f47d", requiredMode = Schema.RequiredMode.REQUIRED)
            String orderId,
            @Schema(description = "new total qty (shares or contracts), rounded down to the step", example = "12")
            BigDecimal qty,
            @Schema(description = "new limit price (limit, stop_limit orders)", example = "184.25") BigDecimal price,
            @Schema(description = "new stop price (stop, stop_limit orders)", example = "179.5") BigDecimal stopPrice,
            @Schema(description = "new trail (trailing_stop orders): USD or percent, as the order was placed",
                    example = "2") BigDecimal trail,
            @Schema(description = "new time in force", example = "gtc") AlpacaTimeInForce timeInForce,
            @Schema(description = "client order id of the replacing order (1-128 of A-Z a-z 0-9 - _)",
                    example = "bot1-0001-r1") String clientOrderId,
            @Schema(description = "validate, round and check policy, then return the request instead of sending it",
                    example = "true") Boolean dryRun) {
        public Input {
            Inputs.requireToken(orderId, "order_id", 64);
            Inputs.optionalPositive(qty, "qty");
            Inputs.optionalPositive(price, "price");
            Inputs.optionalPositive(stopPrice, "stop_price");
            Inputs.optionalPositive(trail, "trail");
            dryRun = dryRun != null && dryRun;
            if (clientOrderId != null) {
                AlpacaOrderVenue.CLIENT_ORDER_IDS.require(clientOrderId, "client_order_id");
            }
            if (qty == null && price == null && stopPrice == null && trail == null && timeInForce == null) {
                throw ToolException.invalidInput("give at least one of qty, price, stop_price, trail and "
                        + "time_in_force to change");
            }
        }
    }

    @Override
    public String name() {
        return "amend_order";
    }

    @Override
    public String description() {
        return "Replaces an open Alpaca order's qty, prices, trail or time in force (PATCH: a new order replaces the "
                + "old one), after rounding and the leverage cap. Sent once; dry_run returns the request instead.";
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
        return new Input("61e69015-8549-4bfd-b9c3-01e75843f47d", new BigDecimal("12"), new BigDecimal("184.25"), null,
                null, null, null, true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(AlpacaSession session, Input input, ToolCall call) {
        Order existing = session.client().order(input.orderId());
        if (existing.id() == null || existing.symbol() == null || existing.side() == null) {
            throw ToolException.upstreamError("Alpaca answered the order lookup without an id, symbol or side");
        }
        OrderKind kind = AlpacaOrderMapping.kind(existing.type());
        OrderIntent intent = intent(input, existing, kind);
        BigDecimal tickBasis = intent.price() != null ? intent.price() : intent.triggerPrice();
        AlpacaTimeInForce timeInForce = input.timeInForce() != null ? input.timeInForce() : venueTimeInForce(existing);
        AlpacaOrderParams params = new AlpacaOrderParams(timeInForce, false, null, null, tickBasis);
        OrderPipeline<AlpacaOrderParams> replacing = new OrderPipeline<>(
                new AlpacaReplacingVenue(session.venue(), existing.id()), session.context(), session.random());
        PlannedOrder planned = replacing.plan(intent, params);
        // snapshot, check and send under the session's order lock, so no other order interleaves with them
        return ToolResult.of(session.pipeline().serialised(() -> {
            LeverageReport leverage = replacing.checkLeverage(planned, params);
            UpstreamRequest request = session.client().prepareReplaceOrder(existing.id(),
                    body(session, planned, input, timeInForce));
            Map<String, Object> replaces = Map.of("replaces", existing.id());
            if (input.dryRun()) {
                return ack(AckStatus.dry_run, planned, existing.id(), input.clientOrderId(), null, leverage,
                        DryRunRequest.of(request, session.venue().secretHeaders()), replaces);
            }
            session.pipeline().auditPrepared(call, name(), input.clientOrderId(), request);
            VenueAck answer;
            try {
                answer = session.venue().submit(request);
            } catch (ToolException e) {
                throw e.withDetail("order_id", existing.id());
            }
            return ack(AckStatus.accepted, planned, answer.orderId(), answer.clientOrderId(), answer, leverage, null,
                    replaces);
        }));
    }

    private static OrderIntent intent(Input input, Order existing, OrderKind kind) {
        if (input.price() != null && !OrderIntent.needsPrice(kind)) {
            throw ToolException.invalidInput("price: order " + existing.id() + " is a " + kind + " order, which has "
                    + "no limit price");
        }
        if (input.stopPrice() != null && !OrderIntent.needsTrigger(kind)) {
            throw ToolException.invalidInput("stop_price: order " + existing.id() + " is a " + kind + " order, which "
                    + "has no stop price");
        }
        if (input.trail() != null && kind != OrderKind.trailing_stop) {
            throw ToolException.invalidInput("trail: order " + existing.id() + " is not a trailing_stop order");
        }
        BigDecimal qty = input.qty() != null ? input.qty() : existing.qty();
        if (qty == null) {
            throw ToolException.invalidInput("order " + existing.id() + " was placed by notional; give qty");
        }
        BigDecimal price = !OrderIntent.needsPrice(kind) ? null
                : input.price() != null ? input.price() : existing.limitPrice();
        BigDecimal stop = !OrderIntent.needsTrigger(kind) ? null
                : input.stopPrice() != null ? input.stopPrice() : existing.stopPrice();
        Side side = "sell".equalsIgnoreCase(existing.side()) ? Side.sell : Side.buy;
        return new OrderIntent(existing.symbol(), side, kind, qty, price, stop, false, false, input.clientOrderId(),
                input.dryRun());
    }

    private static AlpacaTimeInForce venueTimeInForce(Order existing) {
        try {
            return existing.timeInForce() == null ? AlpacaTimeInForce.day
                    : AlpacaTimeInForce.valueOf(existing.timeInForce().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return AlpacaTimeInForce.day; // a venue value this plugin does not know: Alpaca's default
        }
    }

    private static ObjectNode body(AlpacaSession session, PlannedOrder planned, Input input,
                                   AlpacaTimeInForce timeInForce) {
        ObjectNode body = session.client().json().createObjectNode();
        body.put("qty", planned.sentQty().toPlainString());
        body.put("time_in_force", timeInForce.name());
        if (planned.sentPrice() != null) {
            body.put("limit_price", planned.sentPrice().toPlainString());
        }
        if (planned.sentTriggerPrice() != null) {
            body.put("stop_price", planned.sentTriggerPrice().toPlainString());
        }
        if (input.trail() != null) {
            body.put("trail", input.trail().toPlainString());
        }
        if (input.clientOrderId() != null) {
            body.put("client_order_id", input.clientOrderId());
        }
        return body;
    }

    private static OrderAck ack(AckStatus status, PlannedOrder planned, String orderId, String clientOrderId,
                                VenueAck answer, LeverageReport leverage, DryRunRequest request,
                                Map<String, Object> extra) {
        return new OrderAck(status, status == AckStatus.dry_run, planned.symbol(), orderId, clientOrderId,
                planned.side(), planned.intent().kind(), planned.qty().requested(), planned.sentQty(),
                planned.rules().qtyUnit(), planned.price() == null ? null : planned.price().requested(),
                planned.sentPrice(), answer == null ? null : answer.order(), leverage, request, extra);
    }
}
