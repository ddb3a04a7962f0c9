package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderParams;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderVenue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * {@code place_order}: one Deribit order through core's order pipeline — rounded to the instrument's tick (its price
 * band) and step, checked against the account-wide leverage cap before any order call, sent once as
 * {@code private/buy} / {@code private/sell} with the client order id as {@code label}.
 */
public final class DeribitPlaceOrderTool implements Tool<DeribitSession, DeribitPlaceOrderTool.Input> {

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = DeribitParams.SYMBOL_DOC, example = "BTC-PERPETUAL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "buy or sell", example = "buy", requiredMode = Schema.RequiredMode.REQUIRED)
            Side side,
            @Schema(description = "Deribit amount: USD for inverse perpetuals/futures (multiple of the contract size, "
                    + "10 for BTC), the coin for options and linear instruments; rounded down to the step",
                    example = "1230", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal qty,
            @Schema(description = "market or limit", example = "limit", requiredMode = Schema.RequiredMode.REQUIRED)
            OrderType type,
            @Schema(description = "limit price (USD for inverse futures, the coin for inverse options), rounded to "
                    + "the tick never to a worse price (buy down, sell up); required for limit, refused for market",
                    example = "95000.7") BigDecimal price,
            @Schema(description = "only reduce a position (default false)", example = "false") Boolean reduceOnly,
            @Schema(description = "maker only (limit orders, default false)", example = "false") Boolean postOnly,
            @Schema(description = "your id for the order, sent as Deribit's label (1-64 of A-Z a-z 0-9 - _); "
                    + "generated when absent", example = "bot1-0001") String clientOrderId,
            @Schema(description = "validate, round and check the leverage cap, then return the exact JSON-RPC request "
                    + "instead of sending it", example = "false") boolean dryRun) {
        public Input {
            DeribitParams.symbol(symbol);
            Inputs.require(side, "side");
            Inputs.requirePositive(qty, "qty");
            Inputs.require(type, "type");
            reduceOnly = reduceOnly != null && reduceOnly;
            postOnly = postOnly != null && postOnly;
            if (clientOrderId != null) {
                DeribitOrderVenue.LABELS.require(clientOrderId, "client_order_id");
            }
            intent(symbol, side, qty, type, price, reduceOnly, postOnly, clientOrderId, dryRun);
        }

        OrderIntent intent() {
            return intent(symbol, side, qty, type, price, reduceOnly, postOnly, clientOrderId, dryRun);
        }

        private static OrderIntent intent(String symbol, Side side, BigDecimal qty, OrderType type, BigDecimal price,
                                          boolean reduceOnly, boolean postOnly, String clientOrderId, boolean dryRun) {
            return OrderIntent.of(symbol, side, type, qty, price, reduceOnly, postOnly, clientOrderId, dryRun);
        }
    }

    @Override
    public String name() {
        return "place_order";
    }

    @Override
    public String description() {
        return "Place one Deribit order (buy/sell, market/limit, reduce_only, post_only): rounded to tick and step, "
                + "refused above the account-wide leverage cap before any order call, sent once; dry_run returns the "
                + "exact JSON-RPC request.";
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
        return new Input("BTC-PERPETUAL", Side.buy, new BigDecimal("1230"), OrderType.limit,
                new BigDecimal("95000.7"), false, false, "bot1-0001", true);
    }

    @Override
    public ToolResult handle(DeribitSession session, Input input, ToolCall call) {
        return ToolResult.of(session.pipeline().place(call, input.intent(), new DeribitOrderParams(input.price())));
    }
}
