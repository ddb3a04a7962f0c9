package io.cerbero.mcp.core.trading;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.model.AckStatus;
import io.cerbero.mcp.core.model.LeverageReport;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.spi.AuditEvent;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * Core's order pipeline: the one place where every venue's orders are rounded, given a client order id, checked
 * against the gateway's account-wide leverage cap, shown under dry run, audited and acknowledged. A plugin supplies
 * only its {@link OrderVenue}; its {@code place_order} and {@code cancel_order} tools call {@link #place} and
 * {@link #cancel}, an amend / replace / edit tool calls {@link #amend}, and each returns the {@link OrderAck}.
 *
 * <p><b>Rounding</b>: qty down to the step (below the minimum refused), price to the tick never to a worse price
 * (buy down, sell up) and to the venue's significant figures, within the venue's price range; a priced order below
 * the minimum notional refused. Requested and rounded values are both in the answer.
 *
 * <p><b>Leverage</b> (cap from {@link PluginContext#risk()}): gross exposure is the sum over symbols of
 * {@code max(|position + resting buys|, |position − resting sells|)}, from the venue's {@link AccountSnapshot} of
 * every position and resting order. The order passes when it does not raise gross exposure (reduce-only orders are
 * not checked at all) or when {@code exposure after ≤ cap × equity}, compared exactly; the ratios shown are one
 * division at {@value #SCALE} decimals, the resulting one rounded up (against the caller).
 *
 * <p><b>Serialised</b>: the orders (and amends) of one session run one at a time from the account snapshot to the
 * venue's answer, so two concurrent calls cannot both pass against the same snapshot.
 *
 * <p><b>Reference price</b>: a market order the venue values at {@link OrderVenue#referencePrice} is priced once,
 * and the price travels in {@link PlannedOrder#referencePrice()} to {@link OrderVenue#notional} and
 * {@link OrderVenue#prepare}.
 *
 * <p><b>Unknown outcome</b>: when the send timed out or the connection dropped after the request left, the pipeline
 * asks the venue by client order id ({@link OrderVenue#lookup}); found → {@link AckStatus#placed_after_unknown},
 * not found → error with {@code outcome: not_placed}, otherwise {@code outcome: unknown}; never retryable, always
 * with the client order id.
 *
 * <p>One instance per session; thread-safe.
 *
 * @param <X> the venue's own order parameters
 */
public final class OrderPipeline<X> {
    /** Decimals of the leverage ratios shown. */
    public static final int SCALE = 6;

    private final OrderVenue<X> venue;
    private final PluginContext context;
    private final RandomGenerator random;
    private final ReentrantLock oneOrderAtATime = new ReentrantLock(true);

    /**
     * @param random source of the random part of generated client order ids (the session's {@code SecureRandom})
     */
    public OrderPipeline(OrderVenue<X> venue, PluginContext context, RandomGenerator random) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.context = Objects.requireNonNull(context, "context");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Rounds, checks and (unless dry run) sends one order. */
    public OrderAck place(ToolCall call, OrderIntent intent, X params) {
        PlannedOrder planned = plan(intent, params);
        oneOrderAtATime.lock();
        try {
            Checked checked = check(List.of(planned), null, params);
            PlannedOrder priced = checked.orders().get(0);
            LeverageReport leverage = checked.report();
            UpstreamRequest request = venue.prepare(priced, params);
            DryRunRequest shown = DryRunRequest.of(request, venue.secretHeaders());
            if (intent.dryRun()) {
                return ack(AckStatus.dry_run, priced, null, leverage, shown);
            }
            auditPrepared(call, "place_order", priced.clientOrderId(), shown);
            VenueAck answer;
            try {
                answer = venue.submit(request);
            } catch (ToolException e) {
                return reconcile(e, priced, params, leverage);
            }
            return ack(AckStatus.accepted, priced, answer, leverage, null);
        } finally {
            oneOrderAtATime.unlock();
        }
    }

    /**
     * Changes a resting order (amend, replace, edit) the way {@link #place} places one: the venue reads the order
     * ({@link OrderVenue#restingOrder}); what the caller does not change is kept; the changed order is rounded like
     * a new one; the leverage check runs on the account <b>as it would be after the change</b> (the old order's
     * exposure, valued by {@link OrderVenue#restingNotional}, taken out and the new one's added), so a change that
     * shrinks the order always passes and one that grows it is checked against the cap; then, one order at a time
     * per session, the dry run or the PREPARED audit record and a single send. A send whose outcome is unknown is
     * never retryable: the pipeline asks {@link OrderVenue#lookupAmend} and answers as {@link #place} does.
     *
     * @param tool the calling tool's name, for the audit record
     * @throws ToolException INVALID_INPUT with {@code reason: amend_unsupported} when the venue cannot amend
     */
    public OrderAck amend(ToolCall call, String tool, AmendIntent amend, X params) {
        RestingOrder original = venue.restingOrder(amend, params);
        boolean newId = venue.amendSetsClientOrderId();
        if (amend.clientOrderId() != null && !newId) {
            throw ToolException.invalidInput("client_order_id: the order keeps the client order id it has; leave "
                    + "client_order_id out");
        }
        Supplier<String> clientOrderId = () -> newId
                ? venue.clientOrderIds().givenOrGenerate(amend.clientOrderId(), context.clock(), random)
                : original.clientOrderId() != null && !original.clientOrderId().isEmpty() ? original.clientOrderId()
                : original.orderId();
        PlannedOrder replacement = round(changed(original, amend), params, clientOrderId);
        oneOrderAtATime.lock();
        try {
            Checked checked = check(List.of(replacement), original, params);
            PlannedAmend planned = new PlannedAmend(original, checked.orders().get(0), newId);
            LeverageReport leverage = checked.report();
            UpstreamRequest request = venue.prepareAmend(planned, params);
            DryRunRequest shown = DryRunRequest.of(request, venue.secretHeaders());
            if (amend.dryRun()) {
                return amendAck(AckStatus.dry_run, planned, null, leverage, shown);
            }
            auditPrepared(call, tool, planned.clientOrderId(), shown);
            try {
                return amendAck(AckStatus.accepted, planned, venue.submit(request), leverage, null);
            } catch (ToolException e) {
                return reconcileAmend(e, planned, params, leverage);
            }
        } finally {
            oneOrderAtATime.unlock();
        }
    }

    /** The order {@code amend} leaves: the resting one with the caller's changes. */
    private static OrderIntent changed(RestingOrder original, AmendIntent amend) {
        OrderKind kind = original.kind();
        if (amend.price() != null && !OrderIntent.needsPrice(kind)) {
            throw ToolException.invalidInput("price: order " + original.orderId() + " is a " + kind
                    + " order, which has no limit price");
        }
        if (amend.triggerPrice() != null && !OrderIntent.needsTrigger(kind)) {
            throw ToolException.invalidInput("trigger price: order " + original.orderId() + " is a " + kind
                    + " order, which has no trigger price");
        }
        BigDecimal price = !OrderIntent.needsPrice(kind) ? null
                : amend.price() != null ? amend.price() : original.price();
        BigDecimal trigger = !OrderIntent.needsTrigger(kind) ? null
                : amend.triggerPrice() != null ? amend.triggerPrice() : original.triggerPrice();
        return new OrderIntent(original.symbol(), original.side(), kind,
                amend.qty() != null ? amend.qty() : original.qty(), price, trigger,
                amend.reduceOnly() != null ? amend.reduceOnly() : original.reduceOnly(),
                amend.postOnly() != null ? amend.postOnly() : original.postOnly(), null, amend.dryRun());
    }

    /** Cancels one order (unless dry run). */
    public OrderAck cancel(ToolCall call, CancelIntent cancel, X params) {
        UpstreamRequest request = venue.prepareCancel(cancel, params);
        DryRunRequest shown = DryRunRequest.of(request, venue.secretHeaders());
        if (cancel.dryRun()) {
            return cancelAck(AckStatus.dry_run, cancel, null, shown);
        }
        auditPrepared(call, "cancel_order", cancel.clientOrderId(), shown);
        try {
            return cancelAck(AckStatus.cancel_requested, cancel, venue.submit(request), null);
        } catch (ToolException e) {
            throw withIds(e, cancel.clientOrderId(), cancel.orderId());
        }
    }

    /** Rounds and checks an order against its instrument, and fixes its client order id. */
    public PlannedOrder plan(OrderIntent intent, X params) {
        InstrumentRules rules = venue.rules(intent.symbol(), params);
        requireActive(rules, intent.symbol());
        return round(intent, rules, () -> venue.clientOrderIds().givenOrGenerate(intent.clientOrderId(),
                context.clock(), random));
    }

    private PlannedOrder round(OrderIntent intent, X params, Supplier<String> clientOrderId) {
        InstrumentRules rules = venue.rules(intent.symbol(), params);
        requireActive(rules, intent.symbol());
        return round(intent, rules, clientOrderId);
    }

    private static void requireActive(InstrumentRules rules, String symbol) {
        if (!rules.active()) {
            throw ToolException.invalidInput(symbol + " is not open for trading")
                    .withFix("pick an active instrument with get_instruments");
        }
    }

    /** Rounds to the instrument's rules; the client order id is fixed once the order passed them. */
    private static PlannedOrder round(OrderIntent intent, InstrumentRules rules, Supplier<String> clientOrderId) {
        String symbol = intent.symbol();
        InstrumentRounding.Rounded qty = InstrumentRounding.roundQty(intent.qty(), rules.qtyStep(), rules.minQty(),
                symbol);
        if (rules.maxQty() != null && qty.rounded().compareTo(rules.maxQty()) > 0) {
            throw ToolException.invalidInput(symbol + ": qty " + plain(qty.rounded()) + " is above the maximum "
                    + plain(rules.maxQty()) + " of one order").withFix("split the order");
        }
        InstrumentRounding.Rounded price = roundPrice(intent.price(), intent.side(), rules, "price");
        InstrumentRounding.Rounded trigger = roundPrice(intent.triggerPrice(), intent.side(), rules,
                "trigger_price");
        if (price != null && rules.minNotional() != null) {
            BigDecimal notional = rules.notional(qty.rounded(), price.rounded());
            if (notional.compareTo(rules.minNotional()) < 0) {
                throw ToolException.invalidInput(symbol + ": order value " + plain(notional)
                        + " is below the minimum " + plain(rules.minNotional())).withFix("raise qty");
            }
        }
        return new PlannedOrder(intent, rules, qty, price, trigger, clientOrderId.get(), null);
    }

    /**
     * The account-wide leverage check of one planned order.
     *
     * @throws ToolException POLICY_REJECTED when the order raises gross exposure above cap × equity
     */
    public LeverageReport checkLeverage(PlannedOrder order, X params) {
        return checkLeverage(List.of(order), params);
    }

    /**
     * The account-wide leverage check of several orders sent together (a batch): one account snapshot, every order
     * added as if resting (the worst case: all of them fill), then the same rule as for one order. Reduce-only orders
     * are left out; a batch of only reduce-only orders is not checked.
     *
     * @throws ToolException POLICY_REJECTED when the orders raise gross exposure above cap × equity
     */
    public LeverageReport checkLeverage(List<PlannedOrder> orders, X params) {
        return check(orders, null, params).report();
    }

    /** A check's verdict, and its orders as checked (market orders with their reference price). */
    private record Checked(LeverageReport report, List<PlannedOrder> orders) {
    }

    /**
     * The account-wide rule: gross exposure of the account with {@code replaced} taken out (an amend) and every
     * order that is not reduce-only added as resting, against the gross exposure now.
     */
    private Checked check(List<PlannedOrder> orders, RestingOrder replaced, X params) {
        BigDecimal cap = context.risk().maxLeverage();
        List<PlannedOrder> priced = orders.stream().map(o -> priced(o, params)).toList();
        List<PlannedOrder> adding = priced.stream().filter(o -> !o.intent().reduceOnly()).toList();
        if (adding.isEmpty()) {
            return new Checked(LeverageReport.reduceOnly(cap), priced);
        }
        AccountSnapshot account = venue.account(AccountScope.of(priced, replaced, params));
        AccountSnapshot base = account;
        if (replaced != null && !replaced.reduceOnly()) {
            InstrumentRules rules = venue.rules(replaced.symbol(), params);
            base = account.withoutResting(replaced.symbol(), replaced.side(),
                    venue.restingNotional(replaced, rules, params));
        }
        AccountSnapshot.Builder with = AccountSnapshot.builder(account.equity(), account.currency());
        for (AccountSnapshot.Exposure e : base.exposures()) {
            with.position(e.symbol(), e.position())
                    .restingOrder(e.symbol(), Side.buy, e.restingBuys())
                    .restingOrder(e.symbol(), Side.sell, e.restingSells());
        }
        BigDecimal notional = BigDecimal.ZERO;
        for (PlannedOrder o : adding) {
            BigDecimal n = venue.notional(o, params).abs();
            notional = notional.add(n);
            with.restingOrder(o.symbol(), o.side(), n);
        }
        String subject = adding.size() == 1 ? adding.get(0).symbol() : "the " + adding.size() + " orders";
        BigDecimal before = account.grossExposure();
        BigDecimal after = with.build().grossExposure();
        BigDecimal equity = account.equity();
        boolean positiveEquity = equity != null && equity.signum() > 0;
        BigDecimal current = positiveEquity ? ratio(before, equity, RoundingMode.DOWN) : null;
        BigDecimal resulting = positiveEquity ? ratio(after, equity, RoundingMode.UP) : null;
        if (after.compareTo(before) <= 0) {
            return new Checked(new LeverageReport(equity, account.currency(), strip(before), strip(after), current,
                    resulting, cap, LeverageReport.LOWERS_EXPOSURE), priced);
        }
        if (!positiveEquity) {
            throw ToolException.policyRejected(subject + ": account equity is "
                            + (equity == null ? "unknown" : plain(equity))
                            + "; no order that adds exposure can pass the leverage cap")
                    .withFix("fund the account, or send a reduce_only order")
                    .withDetail(ErrorDetails.MAX_LEVERAGE, cap);
        }
        if (after.compareTo(cap.multiply(equity)) > 0) {
            throw ToolException.policyRejected(subject + ": account leverage would be " + plain(resulting)
                            + "x (gross exposure " + plain(after) + " " + account.currency() + " over equity "
                            + plain(equity) + "), above the gateway cap of " + plain(cap) + "x")
                    .withFix("lower the size, reduce other positions, or raise the plugin's MAX_LEVERAGE")
                    .withDetail(ErrorDetails.MAX_LEVERAGE, cap)
                    .withDetail(ErrorDetails.REQUESTED_LEVERAGE, resulting)
                    .withDetail(ErrorDetails.CURRENT_LEVERAGE, current)
                    .withDetail(ErrorDetails.EQUITY, equity)
                    .withDetail(ErrorDetails.ORDER_NOTIONAL, strip(notional))
                    .withDetail("exposure_before", strip(before))
                    .withDetail("exposure_after", strip(after));
        }
        return new Checked(new LeverageReport(equity, account.currency(), strip(before), strip(after), current,
                resulting, cap, LeverageReport.WITHIN_CAP), priced);
    }

    /** The order with its reference price, asked once, when it adds exposure and the venue values it so. */
    private PlannedOrder priced(PlannedOrder order, X params) {
        if (order.intent().reduceOnly() || order.referencePrice() != null
                || !venue.valuesAtReferencePrice(order, params)) {
            return order;
        }
        return order.withReferencePrice(venue.referencePrice(order.rules(), params));
    }

    /**
     * Runs {@code work} under the session's one-order-at-a-time lock, for writes that are not a single
     * {@link #place} (a batch, an amend): snapshot, check and send then cannot interleave with another order.
     */
    public <T> T serialised(Supplier<T> work) {
        oneOrderAtATime.lock();
        try {
            return work.get();
        } finally {
            oneOrderAtATime.unlock();
        }
    }

    /**
     * Writes the PREPARED audit record of a write that does not go through {@link #place}, {@link #amend} or
     * {@link #cancel}.
     */
    public void auditPrepared(ToolCall call, String tool, String clientOrderId, UpstreamRequest request) {
        auditPrepared(call, tool, clientOrderId, DryRunRequest.of(request, venue.secretHeaders()));
    }

    private OrderAck reconcile(ToolException failure, PlannedOrder planned, X params, LeverageReport leverage) {
        if (!ErrorDetails.OUTCOME_UNKNOWN.equals(failure.details().get(ErrorDetails.OUTCOME))) {
            throw withIds(failure, planned.clientOrderId(), null);
        }
        OrderLookup lookup;
        try {
            lookup = venue.lookup(planned, params);
        } catch (ToolException lookupFailed) {
            lookup = OrderLookup.unsupported();
        }
        return switch (lookup.state()) {
            case FOUND -> ack(AckStatus.placed_after_unknown, planned,
                    new VenueAck(lookup.order() == null ? null : lookup.order().orderId(), planned.clientOrderId(),
                            lookup.order(), null), leverage, null);
            case NOT_FOUND -> throw failure.withRetryable(false)
                    .withDetail(ErrorDetails.OUTCOME, ErrorDetails.OUTCOME_NOT_PLACED)
                    .withDetail(ErrorDetails.CLIENT_ORDER_ID, planned.clientOrderId())
                    .withFix("the venue knows no order with client_order_id " + planned.clientOrderId()
                            + " right after the failure; check get_open_orders once more, then resend with the same "
                            + "client_order_id if you still want it");
            case UNSUPPORTED -> throw failure.withRetryable(false)
                    .withDetail(ErrorDetails.OUTCOME, ErrorDetails.OUTCOME_UNKNOWN)
                    .withDetail(ErrorDetails.CLIENT_ORDER_ID, planned.clientOrderId())
                    .withFix("the order may have been placed: look it up by client_order_id "
                            + planned.clientOrderId() + " (get_open_orders) before sending it again");
        };
    }

    private OrderAck reconcileAmend(ToolException failure, PlannedAmend planned, X params, LeverageReport leverage) {
        String orderId = planned.original().orderId();
        if (!ErrorDetails.OUTCOME_UNKNOWN.equals(failure.details().get(ErrorDetails.OUTCOME))) {
            throw withIds(failure, planned.clientOrderId(), orderId);
        }
        OrderLookup lookup;
        try {
            lookup = venue.lookupAmend(planned, params);
        } catch (ToolException lookupFailed) {
            lookup = OrderLookup.unsupported();
        }
        ToolException unknown = withIds(failure.withRetryable(false), planned.clientOrderId(), orderId);
        return switch (lookup.state()) {
            case FOUND -> amendAck(AckStatus.placed_after_unknown, planned,
                    new VenueAck(lookup.order() == null ? null : lookup.order().orderId(), planned.clientOrderId(),
                            lookup.order(), null), leverage, null);
            case NOT_FOUND -> throw unknown.withDetail(ErrorDetails.OUTCOME, ErrorDetails.OUTCOME_NOT_PLACED)
                    .withFix("the venue shows order " + orderId + " unchanged right after the failure; check "
                            + "get_open_orders once more, then send the change again if you still want it");
            case UNSUPPORTED -> throw unknown.withDetail(ErrorDetails.OUTCOME, ErrorDetails.OUTCOME_UNKNOWN)
                    .withFix("the change may have been applied: look order " + orderId + " up (get_open_orders) "
                            + "before sending it again");
        };
    }

    private static ToolException withIds(ToolException e, String clientOrderId, String orderId) {
        ToolException out = clientOrderId == null ? e : e.withDetail(ErrorDetails.CLIENT_ORDER_ID, clientOrderId);
        if (orderId != null) {
            out = out.withDetail("order_id", orderId);
        }
        if (ErrorDetails.OUTCOME_UNKNOWN.equals(out.details().get(ErrorDetails.OUTCOME))) {
            out = out.withRetryable(false);
        }
        return out;
    }

    private void auditPrepared(ToolCall call, String tool, String clientOrderId, DryRunRequest shown) {
        ObjectNode detail = context.json().createObjectNode();
        if (clientOrderId != null) {
            detail.put(ErrorDetails.CLIENT_ORDER_ID, clientOrderId);
        }
        detail.set("request", context.json().valueToTree(shown));
        context.audit().record(new AuditEvent(context.clock().instant(), call.requestId(), context.pluginName(),
                tool, call.environment(), call.botTag(), AuditEvent.Phase.PREPARED, "prepared", detail,
                null));
    }

    private OrderAck ack(AckStatus status, PlannedOrder planned, VenueAck answer, LeverageReport leverage,
                         DryRunRequest request) {
        return new OrderAck(status, status == AckStatus.dry_run, planned.symbol(),
                answer == null ? null : answer.orderId(),
                answer != null && answer.clientOrderId() != null ? answer.clientOrderId() : planned.clientOrderId(),
                planned.side(), planned.intent().kind(), planned.qty().requested(), planned.sentQty(),
                planned.rules().qtyUnit(), planned.price() == null ? null : planned.price().requested(),
                planned.sentPrice(), answer == null ? null : answer.order(), leverage, request,
                answer == null ? null : answer.venueSpecific());
    }

    private static OrderAck amendAck(AckStatus status, PlannedAmend amend, VenueAck answer, LeverageReport leverage,
                                     DryRunRequest request) {
        PlannedOrder planned = amend.replacement();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("replaces", amend.original().orderId());
        if (answer != null && answer.venueSpecific() != null) {
            extra.putAll(answer.venueSpecific());
        }
        return new OrderAck(status, status == AckStatus.dry_run, planned.symbol(),
                answer != null && answer.orderId() != null ? answer.orderId() : amend.original().orderId(),
                answer != null && answer.clientOrderId() != null ? answer.clientOrderId() : amend.clientOrderId(),
                planned.side(), planned.intent().kind(), planned.qty().requested(), planned.sentQty(),
                planned.rules().qtyUnit(), planned.price() == null ? null : planned.price().requested(),
                planned.sentPrice(), answer == null ? null : answer.order(), leverage, request, extra);
    }

    private static OrderAck cancelAck(AckStatus status, CancelIntent cancel, VenueAck answer, DryRunRequest request) {
        return new OrderAck(status, status == AckStatus.dry_run, cancel.symbol(),
                answer != null && answer.orderId() != null ? answer.orderId() : cancel.orderId(),
                answer != null && answer.clientOrderId() != null ? answer.clientOrderId() : cancel.clientOrderId(),
                null, null, null, null, null, null, null, answer == null ? null : answer.order(), null, request,
                answer == null ? null : answer.venueSpecific());
    }

    private static InstrumentRounding.Rounded roundPrice(BigDecimal requested, Side side, InstrumentRules rules,
                                                         String field) {
        if (requested == null) {
            return null;
        }
        BigDecimal rounded = InstrumentRounding.priceToTick(requested, rules.tickSize(), side);
        if (rules.maxSignificantFigures() != null && !isInteger(rounded)) {
            rounded = rounded.round(new MathContext(rules.maxSignificantFigures(),
                    side == Side.buy ? RoundingMode.FLOOR : RoundingMode.CEILING)).stripTrailingZeros();
        }
        if (rounded.signum() <= 0 || (rules.minPrice() != null && rounded.compareTo(rules.minPrice()) < 0)
                || (rules.maxPrice() != null && rules.maxPrice().signum() > 0
                && rounded.compareTo(rules.maxPrice()) > 0)) {
            throw ToolException.invalidInput(rules.symbol() + ": " + field + " " + plain(requested) + " rounds to "
                    + plain(rounded) + ", outside the allowed range " + plain(rules.minPrice()) + " – "
                    + plain(rules.maxPrice()));
        }
        return new InstrumentRounding.Rounded(requested, rounded);
    }

    private static boolean isInteger(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal ratio(BigDecimal exposure, BigDecimal equity, RoundingMode mode) {
        return strip(exposure.divide(equity, SCALE, mode));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
