package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.AmendIntent;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Order;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderMapping;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderParams;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderVenue;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaTimeInForce;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;



/**
 * {@code amend_order}: PATCH /v2/orders/{order_id}, Alpaca's replace. The venue answers with a <b>new</b> order (new
 * id, {@code replaces} the old one) and moves the old one to {@code replaced}; it is not atomic with fills (the old
 * order may fill first, then the replace is refused). Runs through core's {@code OrderPipeline.amend}: the new
 * values rounded like place_order's, the account-wide cap checked on the account as it would be after the replace
 * (the old order out, the new one in), dry run, audit, sent once, never retried; the replacing order gets its own
 * client order id (the caller's or a generated one) so an unknown outcome is looked up by it.
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
        OrderKind kind = AlpacaOrderMapping.kind(existing.type());
        BigDecimal tickBasis = input.price() != null ? input.price()
                : OrderIntent.needsPrice(kind) && existing.limitPrice() != null ? existing.limitPrice()
                : input.stopPrice() != null ? input.stopPrice() : existing.stopPrice();
        AlpacaTimeInForce timeInForce = input.timeInForce() != null ? input.timeInForce() : venueTimeInForce(existing);
        AlpacaOrderParams params = new AlpacaOrderParams(timeInForce, false, input.trail(), null, tickBasis,
                existing);
        AmendIntent amend = new AmendIntent(input.orderId(), null, input.qty(), input.price(), input.stopPrice(),
                null, null, input.clientOrderId(), input.dryRun());
        return ToolResult.of(session.pipeline().amend(call, name(), amend, params));
    }

    private static AlpacaTimeInForce venueTimeInForce(Order existing) {
        try {
            return existing.timeInForce() == null ? AlpacaTimeInForce.day
                    : AlpacaTimeInForce.valueOf(existing.timeInForce().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return AlpacaTimeInForce.day; // a venue value this plugin does not know: Alpaca's default
        }
    }
}
