package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidActions;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidCloids;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code cancel_order}: an L1 {@code cancel} by order id, or {@code cancelByCloid} by client order id, through
 * core's order pipeline (dry run, audit). A per-cancel error inside an "ok" answer is UPSTREAM_REJECTED.
 */
public final class HyperliquidCancelOrderTool implements Tool<HyperliquidSession, HyperliquidCancelOrderTool.Input> {

    public record Input(
            @Schema(description = "perp name: the venue cancels by asset and id", example = "BTC",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "the venue's order id (oid)", example = "77738308") String orderId,
            @Schema(description = "the cloid the order was placed with (instead of order_id)")
            String clientOrderId,
            @Schema(description = "return the signed request without sending it", example = "true") Boolean dryRun) {
        public Input {
            HyperliquidParams.symbol(symbol);
            dryRun = dryRun != null && dryRun;
            if (orderId != null && !orderId.matches("[1-9][0-9]{0,18}")) {
                throw ToolException.invalidInput("order_id must be a Hyperliquid order id (a positive integer)");
            }
            if (clientOrderId != null) {
                clientOrderId = HyperliquidCloids.require(clientOrderId, "client_order_id");
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
        return "Cancels a resting Hyperliquid order by order_id or client_order_id (cloid).";
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
        return new Input("BTC", "77738308", null, true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(HyperliquidSession session, Input input, ToolCall call) {
        HyperliquidOrderParams params = new HyperliquidOrderParams(HyperliquidTif.Gtc,
                session.config().marketSlippage(), HyperliquidActions.GROUPING_NONE);
        return ToolResult.of(session.pipeline().cancel(call, new CancelIntent(input.symbol(), input.orderId(),
                input.clientOrderId(), input.dryRun()), params));
    }
}
