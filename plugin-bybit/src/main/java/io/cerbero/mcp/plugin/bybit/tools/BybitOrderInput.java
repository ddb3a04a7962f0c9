package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.client.BybitOrderRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One order as a caller describes it (one item of {@code place_batch_order}; {@code place_order} has the same fields
 * at the top level). Checked here for shape; instrument rules (tick, step, min qty) are applied by core's order
 * pipeline once the instrument is known.
 */
public record BybitOrderInput(
        @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
        String symbol,
        @Schema(description = "buy or sell", example = "buy", requiredMode = Schema.RequiredMode.REQUIRED)
        Side side,
        @Schema(description = "quantity (base coin; USD contracts for inverse); rounded down to the qty step",
                example = "0.01", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal qty,
        @Schema(description = "market or limit", example = "limit", requiredMode = Schema.RequiredMode.REQUIRED)
        OrderType type,
        @Schema(description = "limit price, rounded to the tick never to a worse price (buy down, sell up); "
                + "required for limit, refused for market", example = "60000.5") BigDecimal price,
        @Schema(description = "only reduce a position (default false)", example = "false") Boolean reduceOnly,
        @Schema(description = "maker only: cancelled instead of taking liquidity (limit only, default false)",
                example = "false") Boolean postOnly,
        @Schema(description = "your id for the order, sent as orderLinkId (1-36 of A-Z a-z 0-9 - _); generated when "
                + "absent", example = "bot1-0001") String clientOrderId) {

    public BybitOrderInput {
        reduceOnly = reduceOnly != null && reduceOnly;
        postOnly = postOnly != null && postOnly;
        BybitParams.symbol(symbol);
        Inputs.require(side, "side");
        Inputs.requirePositive(qty, "qty");
        Inputs.require(type, "type");
        if (type == OrderType.limit) {
            Inputs.requirePositive(price, "price");
        } else if (price != null) {
            throw ToolException.invalidInput("price is only for limit orders; a market order takes none");
        }
        if (postOnly && type != OrderType.limit) {
            throw ToolException.invalidInput("post_only applies to limit orders only");
        }
        if (clientOrderId != null) {
            BybitOrderRequest.ORDER_LINK_IDS.require(clientOrderId, "client_order_id");
        }
    }

    /** The order in the pipeline's uniform terms. */
    OrderIntent intent(boolean dryRun) {
        return OrderIntent.of(symbol, side, type, qty, price, reduceOnly, postOnly, clientOrderId, dryRun);
    }
}
