package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.LeverageReport;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.BatchResult;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.OrderAck;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope.ItemStatus;
import io.cerbero.mcp.plugin.bybit.client.BybitOrderRequest;
import io.cerbero.mcp.plugin.bybit.client.BybitPreparedRequest;
import io.cerbero.mcp.plugin.bybit.trading.BybitOrderVenue;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code place_batch_order}: POST /v5/order/create-batch. The whole batch is validated, rounded and checked against
 * the account-wide leverage cap first (the whole batch's worst case); one bad item refuses the batch and nothing is sent. The venue then answers per item
 * ({@code retExtInfo.list}); each item's outcome is reported. Sent once, never retried.
 */
public final class BybitPlaceBatchOrderTool implements Tool<BybitSession, BybitPlaceBatchOrderTool.Input> {

    public record Input(
            @Schema(description = "product type of every order (default linear)", example = "linear")
            BybitCategory category,
            @ArraySchema(schema = @Schema(implementation = BybitOrderInput.class), minItems = 1, maxItems = 20,
                    arraySchema = @Schema(description = "1-20 orders (spot 1-10)",
                            requiredMode = Schema.RequiredMode.REQUIRED))
            List<BybitOrderInput> orders,
            @Schema(description = "validate, round and check policy, then return the signed request instead of "
                    + "sending it", example = "true") Boolean dryRun) {
        public Input {
            dryRun = dryRun != null && dryRun;
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse, BybitCategory.spot,
                    BybitCategory.option);
            Inputs.require(orders, "orders");
            if (orders.isEmpty() || orders.size() > category.maxBatchSize()) {
                throw ToolException.invalidInput("orders must hold 1-" + category.maxBatchSize() + " orders for "
                        + category + ", got " + orders.size());
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < orders.size(); i++) {
                BybitOrderInput order = orders.get(i);
                if (order == null) {
                    throw ToolException.invalidInput("orders[" + i + "] is null");
                }
                if (order.clientOrderId() != null && !ids.add(order.clientOrderId())) {
                    throw ToolException.invalidInput("orders[" + i + "]: client_order_id '" + order.clientOrderId()
                            + "' is used twice in the batch");
                }
            }
            orders = List.copyOf(orders);
        }
    }

    /**
     * One item's outcome.
     *
     * @param status       {@code dry_run}, {@code accepted} or {@code rejected}
     * @param venueCode    the venue's per-item code (0 = accepted)
     * @param venueMessage the venue's per-item message
     */
    public record Item(int index, String status, String orderId, BybitOrderView order, Integer venueCode,
                       String venueMessage) {
    }

    /**
     * @param leverage the account-wide leverage check of the whole batch (verdict reduce_only when every order is)
     * @param request  dry run only: the exact signed request, key and signature redacted
     */
    public record Output(boolean dryRun, BybitCategory category, int accepted, int rejected, List<Item> orders,
                         LeverageReport leverage, DryRunRequest request) {
    }

    @Override
    public String name() {
        return "place_batch_order";
    }

    @Override
    public String description() {
        return "Places up to 20 Bybit orders (10 for spot) of one category in one call. The batch is validated, rounded "
                + "and leverage-checked as a whole before anything is sent; per-item venue outcomes are reported.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input(BybitCategory.linear, List.of(
                new BybitOrderInput("BTCUSDT", Side.buy, new BigDecimal("0.01"), OrderType.limit,
                        new BigDecimal("60000.5"), false, true, "bot1-0002"),
                new BybitOrderInput("BTCUSDT", Side.sell, new BigDecimal("0.01"), OrderType.limit,
                        new BigDecimal("70000.5"), false, true, "bot1-0003")), true);
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        session.config().requireCredentials();
        BybitCategory category = input.category();
        List<PlannedOrder> planned = new ArrayList<>();
        Set<String> linkIds = new HashSet<>();
        for (int i = 0; i < input.orders().size(); i++) {
            PlannedOrder p = plan(session, input.orders().get(i), i, input.dryRun(), category);
            if (!linkIds.add(p.clientOrderId())) {
                throw ToolException.invalidInput("orders[" + i + "]: duplicate client_order_id");
            }
            planned.add(p);
        }
        return session.orders().serialised(() -> send(session, input, call, category, planned));
    }

    /** Checks the whole batch against the cap and sends it, under the session's one-order-at-a-time lock. */
    private static ToolResult send(BybitSession session, Input input, ToolCall call, BybitCategory category,
                                   List<PlannedOrder> planned) {
        LeverageReport leverage = session.orders().checkLeverage(planned, category);
        List<BybitOrderRequest> requests = planned.stream().map(p -> BybitOrderVenue.request(p, category)).toList();
        BybitPreparedRequest prepared = session.client().prepareBatch(category, requests);
        if (input.dryRun()) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                items.add(new Item(i, "dry_run", null, BybitOrderView.of(planned.get(i), requests.get(i)), null,
                        null));
            }
            return ToolResult.of(new Output(true, category, 0, 0, items, leverage, prepared.redacted()));
        }
        session.orders().auditPrepared(call, "place_batch_order", null, prepared.request());
        BatchResult result = session.client().createBatch(prepared);
        List<Item> items = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < planned.size(); i++) {
            OrderAck ack = i < result.acks().size() ? result.acks().get(i) : null;
            ItemStatus status = i < result.statuses().size() ? result.statuses().get(i) : null;
            int code = status == null || status.code() == null ? (ack != null && present(ack.orderId()) ? 0 : -1)
                    : status.code();
            boolean ok = code == 0 && ack != null && present(ack.orderId());
            accepted += ok ? 1 : 0;
            items.add(new Item(i, ok ? "accepted" : "rejected", ok ? ack.orderId() : null,
                    BybitOrderView.of(planned.get(i), requests.get(i)), code,
                    status == null ? (ok ? "OK" : "no outcome reported by the venue") : status.msg()));
        }
        return ToolResult.of(new Output(false, category, accepted, planned.size() - accepted, items, leverage, null));
    }

    /** Rounds and checks one item with the pipeline; an INVALID_INPUT names the item ("orders[2]: …"). */
    private static PlannedOrder plan(BybitSession session, BybitOrderInput order, int index, boolean dryRun,
                                     BybitCategory category) {
        try {
            return session.orders().plan(order.intent(dryRun), category);
        } catch (ToolException e) {
            if (e.code() != ErrorCode.INVALID_INPUT) {
                throw e;
            }
            ToolException named = ToolException.invalidInput("orders[" + index + "]: " + e.getMessage())
                    .withFix(e.suggestedFix().orElse("check the symbol and category with get_instruments"));
            for (Map.Entry<String, Object> detail : e.details().entrySet()) {
                named = named.withDetail(detail.getKey(), detail.getValue());
            }
            throw named;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}
