package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * {@code place_order}: POST /v5/order/create through core's order pipeline (rounding, the account-wide leverage
 * cap, dry run, reconciliation by orderLinkId). Sent once; never retried. Acceptance is not a fill.
 */
public final class BybitPlaceOrderTool implements Tool<BybitSession, BybitPlaceOrderTool.Input> {

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "product type (default linear)", example = "linear") BybitCategory category,
            @Schema(description = "buy or sell", example = "buy", requiredMode = Schema.RequiredMode.REQUIRED)
            Side side,
            @Schema(description = "quantity (base coin; USD contracts for inverse); rounded down to the qty step",
                    example = "0.01", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal qty,
            @Schema(description = "market or limit", example = "limit", requiredMode = Schema.RequiredMode.REQUIRED)
            OrderType type,
            @Schema(description = "limit price, rounded to the tick never to a worse price (buy down, sell up)",
                    example = "60000.5") BigDecimal price,
            @Schema(description = "only reduce a position", example = "false") Boolean reduceOnly,
            @Schema(description = "maker only (limit orders)", example = "false") Boolean postOnly,
            @Schema(description = "your id, sent as orderLinkId (1-36 of A-Z a-z 0-9 - _); generated when absent",
                    example = "bot1-0001") String clientOrderId,
            @Schema(description = "validate, round and check policy, then return the signed request instead of "
                    + "sending it", example = "true") Boolean dryRun) {
        public Input {
            dryRun = dryRun != null && dryRun;
            category = BybitParams.category(category);
            // the order fields are checked and defaulted in one place, BybitOrderInput (shared with the batch)
            BybitOrderInput order = new BybitOrderInput(symbol, side, qty, type, price, reduceOnly, postOnly,
                    clientOrderId);
            reduceOnly = order.reduceOnly();
            postOnly = order.postOnly();
        }

        BybitOrderInput order() {
            return new BybitOrderInput(symbol, side, qty, type, price, reduceOnly, postOnly, clientOrderId);
        }
    }

    @Override
    public String name() {
        return "place_order";
    }

    @Override
    public String description() {
        return "Places a Bybit order after rounding price/qty to the instrument and checking the gateway's "
                + "account-wide leverage cap. Sent once, never retried; dry_run returns the signed request instead.";
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
        return new Input("BTCUSDT", BybitCategory.linear, Side.buy, new BigDecimal("0.01"), OrderType.limit,
                new BigDecimal("60000.5"), false, false, "bot1-0001", true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        session.config().requireCredentials(); // before the instrument read: a keyless call touches nothing
        return ToolResult.of(session.orders().place(call, input.order().intent(input.dryRun()), input.category()));
    }
}
