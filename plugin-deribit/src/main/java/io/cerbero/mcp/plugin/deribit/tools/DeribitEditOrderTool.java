package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.AmendIntent;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderParams;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderVenue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;



/**
 * {@code edit_order}: {@code private/edit} of a resting order's amount and price, through core's
 * {@code OrderPipeline.amend}: the order is read from Deribit (its side and instrument must be the ones given), the
 * new values rounded like a new order's and, unless reduce-only, checked against the account-wide leverage cap on
 * the account as it would be after the edit (the old order out, the new amount in). Serialised with the session's
 * other orders, audited, sent once; dry run returns the exact JSON-RPC request.
 */
public final class DeribitEditOrderTool implements Tool<DeribitSession, DeribitEditOrderTool.Input> {
    public static final String EDIT = DeribitOrderVenue.EDIT;

    public record Input(
            @Schema(description = "Deribit order id of the resting order", example = "29915471701",
                    requiredMode = Schema.RequiredMode.REQUIRED) String orderId,
            @JsonAlias("instrument")
            @Schema(description = "the order's instrument; 'instrument' is accepted as an alias",
                    example = "BTC-PERPETUAL", requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "the order's side (rounds the price the safe way: buy down, sell up)",
                    example = "buy", requiredMode = Schema.RequiredMode.REQUIRED) Side side,
            @Schema(description = "new total amount, in the instrument's unit (USD for inverse futures)",
                    example = "10000", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal qty,
            @Schema(description = "new limit price (default: the order's)", example = "91000") BigDecimal price,
            @Schema(description = "maker only (default false)", example = "false") Boolean postOnly,
            @Schema(description = "only reduce a position (default false; skips the leverage check)",
                    example = "false") Boolean reduceOnly,
            @Schema(description = "return the exact JSON-RPC request instead of sending it", example = "false")
            boolean dryRun) {
        public Input {
            Inputs.requireToken(orderId, "order_id", 64);
            DeribitParams.symbol(symbol);
            Inputs.require(side, "side");
            Inputs.requirePositive(qty, "qty");
            Inputs.optionalPositive(price, "price");
            postOnly = postOnly != null && postOnly;
            reduceOnly = reduceOnly != null && reduceOnly;
        }
    }

    @Override
    public String name() {
        return "edit_order";
    }

    @Override
    public String description() {
        return "Change the amount and price of a resting Deribit order (private/edit): rounded like a new order, "
                + "leverage-checked unless reduce-only, sent once; dry_run returns the exact JSON-RPC request.";
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
        return new Input("29915471701", "BTC-PERPETUAL", Side.buy, new BigDecimal("10000"), new BigDecimal("91000"),
                false, false, true);
    }

    @Override
    public ToolResult handle(DeribitSession session, Input input, ToolCall call) {
        AmendIntent amend = new AmendIntent(input.orderId(), input.symbol(), input.qty(), input.price(), null,
                input.postOnly(), input.reduceOnly(), null, input.dryRun());
        return ToolResult.of(session.pipeline().amend(call, name(), amend,
                new DeribitOrderParams(input.price(), List.of(), input.side())));
    }
}
