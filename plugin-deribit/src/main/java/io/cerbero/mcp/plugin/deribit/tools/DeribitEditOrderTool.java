package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.model.AckStatus;
import io.cerbero.mcp.core.model.LeverageReport;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.core.trading.VenueAck;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderParams;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderVenue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * {@code edit_order}: {@code private/edit} of a resting order's amount and price. The new values are rounded like a
 * new order (core's pipeline planning) and, unless reduce-only, checked against the account-wide leverage cap with
 * the <b>whole new amount</b> added on top of the account (which still holds the old order): an overestimate by the
 * old amount, never an underestimate. Sent once; dry run returns the exact JSON-RPC request.
 */
public final class DeribitEditOrderTool implements Tool<DeribitSession, DeribitEditOrderTool.Input> {
    public static final String EDIT = "private/edit";

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
            @Schema(description = "new limit price", example = "91000") BigDecimal price,
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
            intent(symbol, side, qty, price, postOnly, reduceOnly, dryRun);
        }

        OrderIntent intent() {
            return intent(symbol, side, qty, price, postOnly, reduceOnly, dryRun);
        }

        private static OrderIntent intent(String symbol, Side side, BigDecimal qty, BigDecimal price,
                                          boolean postOnly, boolean reduceOnly, boolean dryRun) {
            return OrderIntent.of(symbol, side, price == null ? OrderType.market : OrderType.limit, qty, price,
                    reduceOnly, postOnly, null, dryRun);
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
        DeribitOrderParams params = new DeribitOrderParams(input.price());
        PlannedOrder planned = session.pipeline().plan(input.intent(), params);
        LeverageReport leverage = session.pipeline().checkLeverage(planned, params);
        ObjectNode p = session.client().params();
        p.put("order_id", input.orderId());
        p.put("amount", planned.sentQty());
        if (planned.sentPrice() != null) {
            p.put("price", planned.sentPrice());
        }
        if (input.postOnly()) {
            p.put("post_only", true);
        }
        if (input.reduceOnly()) {
            p.put("reduce_only", true);
        }
        UpstreamRequest request = session.client().prepare(EDIT, p);
        if (input.dryRun()) {
            return ToolResult.of(ack(AckStatus.dry_run, input, planned, null, leverage,
                    DryRunRequest.of(request, session.orderVenue().secretHeaders())));
        }
        VenueAck answer;
        try {
            answer = DeribitOrderVenue.placed(session.client().submit(request, DeribitAccountData.OrderResult.class)
                    .result());
        } catch (ToolException e) {
            throw e.withDetail("order_id", input.orderId()).withRetryable(e.retryable()
                    && !ErrorDetails.OUTCOME_UNKNOWN.equals(e.details().get(ErrorDetails.OUTCOME)));
        }
        return ToolResult.of(ack(AckStatus.accepted, input, planned, answer, leverage, null));
    }

    private static OrderAck ack(AckStatus status, Input input, PlannedOrder planned, VenueAck answer,
                                LeverageReport leverage, DryRunRequest request) {
        return new OrderAck(status, status == AckStatus.dry_run, input.symbol(), input.orderId(),
                answer == null ? null : answer.clientOrderId(), input.side(), planned.intent().kind(),
                planned.qty().requested(), planned.sentQty(), planned.rules().qtyUnit(),
                planned.price() == null ? null : planned.price().requested(), planned.sentPrice(),
                answer == null ? null : answer.order(), leverage, request,
                answer == null ? null : answer.venueSpecific());
    }
}
