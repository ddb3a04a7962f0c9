package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.core.trading.LeverageCheck;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.OrderAck;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitPreparedRequest;
import io.cerbero.mcp.plugin.bybit.tools.BybitOrderPlanner.Planned;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code place_order}: POST /v5/order/create after rounding and the leverage cap. Sent once; never retried.
 * Acceptance is not a fill: follow it with get_open_orders.
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

    /**
     * @param status   {@code dry_run} or {@code accepted} (accepted by the venue, not necessarily filled)
     * @param orderId  the venue's order id (absent in a dry run)
     * @param order    the order as sent, with the requested values beside the rounded ones
     * @param leverage the leverage checks made (absent for reduce-only orders)
     * @param request  dry run only: the exact signed request, key and signature redacted
     */
    public record Output(boolean dryRun, String status, String orderId, BybitOrderView order,
                         List<LeverageCheck> leverage, DryRunRequest request) {
    }

    @Override
    public String name() {
        return "place_order";
    }

    @Override
    public String description() {
        return "Places a Bybit order after rounding price/qty to the instrument and checking the gateway leverage cap. "
                + "Sent once, never retried; dry_run returns the signed request instead.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
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
        session.config().requireCredentials();
        Planned planned = BybitOrderPlanner.plan(session, input.category(), 0, input.order(), "");
        List<LeverageCheck> leverage = BybitOrderPlanner.checkLeverage(session, input.category(), List.of(planned));
        BybitPreparedRequest prepared = session.client().prepareCreateOrder(planned.request());
        BybitOrderView view = BybitOrderView.of(planned);
        if (input.dryRun()) {
            return ToolResult.of(new Output(true, "dry_run", null, view, nullIfEmpty(leverage), prepared.redacted()));
        }
        OrderAck ack = session.client().createOrder(prepared);
        return ToolResult.of(new Output(false, "accepted", ack.orderId(), view, nullIfEmpty(leverage), null));
    }

    static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
