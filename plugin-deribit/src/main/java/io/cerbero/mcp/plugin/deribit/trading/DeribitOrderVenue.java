package io.cerbero.mcp.plugin.deribit.trading;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.trading.AccountScope;
import io.cerbero.mcp.core.trading.AccountSnapshot;
import io.cerbero.mcp.core.trading.AmendIntent;
import io.cerbero.mcp.core.trading.PlannedAmend;
import io.cerbero.mcp.core.trading.RestingOrder;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.core.trading.ClientOrderIdFormat;
import io.cerbero.mcp.core.trading.ClientOrderIds;
import io.cerbero.mcp.core.trading.InstrumentRules;
import io.cerbero.mcp.core.trading.OrderLookup;
import io.cerbero.mcp.core.trading.OrderVenue;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.core.trading.VenueAck;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData;
import io.cerbero.mcp.plugin.deribit.client.DeribitClient;
import io.cerbero.mcp.plugin.deribit.client.DeribitInstrumentCache;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.Ticker;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deribit's side of core's order pipeline: instrument rules from the cached {@code get_instruments} (USD amounts for
 * inverse futures, coin for options), the account valued in USD ({@link DeribitAccountValuation}), notionals the
 * Deribit way, and the exact JSON-RPC POSTs of {@code private/buy}, {@code private/sell}, {@code private/cancel} and
 * {@code private/cancel_by_label}, each sent once. The client order id travels as Deribit's {@code label}.
 *
 * <p>{@code edit_order} goes through {@code OrderPipeline.amend}: the order is found among the open orders of its
 * currency, valued as the snapshot values it, and changed with {@code private/edit} (the label stays).
 *
 * <p>Lookup by label after an unknown outcome is not offered (the pipeline then says {@code outcome: unknown}):
 * the documented way to find a label, the open orders, misses an order that already filled, and "not found" must
 * never be said of an order that may exist.
 */
public final class DeribitOrderVenue implements OrderVenue<DeribitOrderParams> {
    /** Deribit's {@code label} is at most 64 characters. */
    public static final ClientOrderIds LABELS = ClientOrderIds.withMaxLength(64);
    public static final String BUY = "private/buy";
    public static final String SELL = "private/sell";
    public static final String CANCEL = "private/cancel";
    public static final String CANCEL_BY_LABEL = "private/cancel_by_label";
    public static final String CREATE_COMBO = "private/create_combo";
    public static final String EDIT = "private/edit";

    private final DeribitClient client;
    private final DeribitInstrumentCache instruments;
    private final DeribitAccountValuation valuation;

    public DeribitOrderVenue(DeribitClient client, DeribitInstrumentCache instruments, List<String> currencies) {
        this.client = Objects.requireNonNull(client, "client");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.valuation = new DeribitAccountValuation(client, currencies);
    }

    @Override
    public ClientOrderIdFormat clientOrderIds() {
        return LABELS;
    }

    @Override
    public InstrumentRules rules(String symbol, DeribitOrderParams params) {
        if (params != null && params.combo()) {
            return comboRules(symbol, params);
        }
        return DeribitInstrumentRules.of(instruments.get(symbol), params == null ? null : params.limitPrice());
    }

    /**
     * A combo's rules from its legs, before the venue has listed it: the coarsest tick, step and minimum of the legs
     * (a value on the coarsest grid is on the finer ones), and the legs' common qty unit.
     */
    InstrumentRules comboRules(String symbol, DeribitOrderParams params) {
        List<InstrumentRules> legs = params.comboLegs().stream()
                .map(l -> DeribitInstrumentRules.of(instruments.get(l.symbol()), null)).toList();
        if (legs.stream().map(InstrumentRules::qtyUnit).distinct().count() > 1) {
            throw ToolException.invalidInput("combo legs must count their amounts in one unit (all inverse futures "
                    + "in USD, or all options / linear in the coin)");
        }
        boolean options = legs.stream().allMatch(r -> r.kind() == InstrumentKind.option);
        return new InstrumentRules(symbol, options ? InstrumentKind.option : InstrumentKind.future,
                legs.stream().allMatch(InstrumentRules::active), max(legs, InstrumentRules::tickSize), null,
                max(legs, InstrumentRules::qtyStep), max(legs, InstrumentRules::minQty), null, null, null, null, null,
                legs.get(0).qtyUnit());
    }

    private static BigDecimal max(List<InstrumentRules> rules, java.util.function.Function<InstrumentRules, BigDecimal> f) {
        return rules.stream().map(f).filter(java.util.Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
    }

    @Override
    public AccountSnapshot account() {
        return valuation.snapshot();
    }

    /**
     * Only the currency account(s) the scope's instruments settle in (a combo: its legs'), when segregated; see
     * {@link DeribitAccountValuation}.
     */
    @Override
    public AccountSnapshot account(AccountScope<DeribitOrderParams> scope) {
        Set<String> margining = new LinkedHashSet<>();
        List<String> symbols = scope.params() != null && scope.params().combo()
                ? scope.params().comboLegs().stream().map(DeribitOrderParams.ComboLeg::symbol).toList()
                : List.copyOf(scope.symbols());
        for (String symbol : symbols) {
            margining.add(DeribitSymbol.parse(symbol).settlement());
        }
        return valuation.snapshot(margining);
    }

    /** Only linear and spot market orders are valued at the mark; inverse count USD, options their delta. */
    @Override
    public boolean valuesAtReferencePrice(PlannedOrder order, DeribitOrderParams params) {
        return order.sentPrice() == null && (params == null || !params.combo())
                && order.rules().qtyUnit() != SizeUnit.quote && order.rules().kind() != InstrumentKind.option;
    }

    /** The mark price (USD for inverse futures, the coin for inverse options). */
    @Override
    public BigDecimal referencePrice(InstrumentRules rules, DeribitOrderParams params) {
        BigDecimal mark = DeribitClient.await(client.ticker(rules.symbol())).result().markPrice();
        if (mark == null || mark.signum() <= 0) {
            throw ToolException.upstreamError("Deribit gave no mark price for " + rules.symbol());
        }
        return mark;
    }

    /**
     * USD the order adds: inverse futures count their USD amount; options their delta-equivalent
     * {@code |delta| × amount × index} (delta from {@code public/ticker}); linear and spot {@code amount × price}.
     */
    @Override
    public BigDecimal notional(PlannedOrder order, DeribitOrderParams params) {
        if (params != null && params.combo()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (DeribitOrderParams.ComboLeg leg : params.comboLegs()) {
                InstrumentRules rules = DeribitInstrumentRules.of(instruments.get(leg.symbol()), null);
                sum = sum.add(instrumentNotional(leg.symbol(), rules, order.sentQty().multiply(leg.ratio()), null));
            }
            return sum;
        }
        return instrumentNotional(order.symbol(), order.rules(), order.sentQty(),
                order.sentPrice() != null ? order.sentPrice() : order.referencePrice());
    }

    /** USD value of {@code qty} of one instrument at {@code price} (null: the mark). */
    private BigDecimal instrumentNotional(String name, InstrumentRules rules, BigDecimal qty, BigDecimal price) {
        if (rules.qtyUnit() == SizeUnit.quote) {
            return qty;
        }
        DeribitSymbol symbol = DeribitSymbol.parse(name);
        if (rules.kind() == InstrumentKind.option) {
            Ticker t = DeribitClient.await(client.ticker(name)).result();
            BigDecimal delta = t.greeks() == null || t.greeks().delta() == null ? BigDecimal.ONE
                    : t.greeks().delta().abs();
            BigDecimal underlying = t.indexPrice() != null ? t.indexPrice() : t.underlyingPrice();
            if (underlying == null) {
                throw ToolException.upstreamError("Deribit gave no index price for " + name);
            }
            return delta.multiply(qty).multiply(underlying);
        }
        BigDecimal at = price != null ? price : referencePrice(rules, DeribitOrderParams.NONE);
        return qty.multiply(at).multiply(valuation.usdOf(symbol.quote()));
    }

    /**
     * The order {@code edit_order} changes, found among the open orders of the currency its instrument settles in
     * (Deribit's {@code private/edit} changes open orders only).
     */
    @Override
    public RestingOrder restingOrder(AmendIntent amend, DeribitOrderParams params) {
        if (amend.symbol() == null) {
            throw ToolException.invalidInput("symbol is required: Deribit finds the order among its currency's");
        }
        String currency = DeribitSymbol.parse(amend.symbol()).settlement();
        DeribitAccountData.Order o = DeribitClient.await(client.openOrders(currency, null)).result().stream()
                .filter(open -> amend.orderId().equals(open.orderId())).findFirst()
                .orElseThrow(() -> ToolException.upstreamRejected("Deribit has no open " + currency + " order "
                        + amend.orderId()).withDetail("order_id", amend.orderId())
                        .withFix("check the id with get_open_orders"));
        if (!amend.symbol().equals(o.instrumentName())) {
            throw ToolException.invalidInput("order " + o.orderId() + " is on " + o.instrumentName() + ", not "
                    + amend.symbol());
        }
        Side side = DeribitOrders.side(o.direction());
        if (params != null && params.side() != null && params.side() != side) {
            throw ToolException.invalidInput("order " + o.orderId() + " is a " + side + " order, not a "
                    + params.side());
        }
        return new RestingOrder(o.orderId(), o.label() == null || o.label().isEmpty() ? null : o.label(),
                o.instrumentName(), side, DeribitOrders.kind(o.orderType()),
                o.amount() == null ? BigDecimal.ZERO : o.amount().abs(), o.filledAmount(),
                DeribitOrders.price(o.price()), o.triggerPrice(), Boolean.TRUE.equals(o.reduceOnly()),
                Boolean.TRUE.equals(o.postOnly()));
    }

    /**
     * What the order holds in {@link DeribitAccountValuation}'s snapshot, valued the same way: inverse its USD
     * amount left, coin-settled options at delta 1 ({@code amount × index}), others amount × price × quote in USD.
     */
    @Override
    public BigDecimal restingNotional(RestingOrder order, InstrumentRules rules, DeribitOrderParams params) {
        BigDecimal left = order.remainingQty();
        if (rules.qtyUnit() == SizeUnit.quote) {
            return left;
        }
        DeribitSymbol s = DeribitSymbol.parse(order.symbol());
        if (rules.kind() == InstrumentKind.option && s.quote().equals(s.base())) {
            return left.multiply(valuation.usdOf(s.base()));
        }
        BigDecimal price = order.price() != null ? order.price()
                : order.triggerPrice() != null ? order.triggerPrice() : valuation.usdOf(s.base());
        return left.multiply(price).multiply(valuation.usdOf(s.quote()));
    }

    /** {@code private/edit}: order_id, amount, price, post_only, reduce_only. The label stays the order's. */
    @Override
    public UpstreamRequest prepareAmend(PlannedAmend amend, DeribitOrderParams params) {
        PlannedOrder order = amend.replacement();
        ObjectNode p = client.params();
        p.put("order_id", amend.original().orderId());
        p.put("amount", order.sentQty());
        if (order.sentPrice() != null) {
            p.put("price", order.sentPrice());
        }
        if (order.sentTriggerPrice() != null) {
            p.put("trigger_price", order.sentTriggerPrice());
        }
        if (order.intent().postOnly()) {
            p.put("post_only", true);
        }
        if (order.intent().reduceOnly()) {
            p.put("reduce_only", true);
        }
        return client.prepare(EDIT, p);
    }

    /**
     * After an edit whose answer never came: FOUND when the open order now shows the amount and price that were
     * sent. Anything else stays unknown (never "not placed"): an order that shows the old values may still be
     * edited by the request in flight, and one that filled is no longer open.
     */
    @Override
    public OrderLookup lookupAmend(PlannedAmend amend, DeribitOrderParams params) {
        PlannedOrder sent = amend.replacement();
        String currency = DeribitSymbol.parse(sent.symbol()).settlement();
        return DeribitClient.await(client.openOrders(currency, null)).result().stream()
                .filter(o -> amend.original().orderId().equals(o.orderId()))
                .filter(o -> o.amount() != null && o.amount().compareTo(sent.sentQty()) == 0)
                .filter(o -> sent.sentPrice() == null || sameValue(sent.sentPrice(), DeribitOrders.price(o.price())))
                .findFirst().map(o -> OrderLookup.found(DeribitOrders.unified(o)))
                .orElseGet(OrderLookup::unsupported);
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return b != null && a.compareTo(b) == 0;
    }

    /** {@code private/buy} or {@code private/sell}: instrument_name, amount, type, price, label, post_only, reduce_only. */
    @Override
    public UpstreamRequest prepare(PlannedOrder order, DeribitOrderParams params) {
        ObjectNode p = client.params();
        p.put("instrument_name", order.symbol());
        p.put("amount", order.sentQty());
        p.put("type", venueType(order.intent().kind()));
        if (order.sentPrice() != null) {
            p.put("price", order.sentPrice());
        }
        if (order.sentTriggerPrice() != null) {
            p.put("trigger_price", order.sentTriggerPrice());
            p.put("trigger", "mark_price");
        }
        p.put("label", order.clientOrderId());
        if (order.intent().postOnly()) {
            p.put("post_only", true);
        }
        if (order.intent().reduceOnly()) {
            p.put("reduce_only", true);
        }
        return client.prepare(order.side() == Side.buy ? BUY : SELL, p);
    }

    /** {@code private/cancel} by order id, or {@code private/cancel_by_label} (every open order with that label). */
    @Override
    public UpstreamRequest prepareCancel(CancelIntent cancel, DeribitOrderParams params) {
        ObjectNode p = client.params();
        if (cancel.orderId() != null) {
            p.put("order_id", cancel.orderId());
            return client.prepare(CANCEL, p);
        }
        p.put("label", cancel.clientOrderId());
        if (cancel.symbol() != null) {
            p.put("currency", DeribitSymbol.parse(cancel.symbol()).listingCurrency());
        }
        return client.prepare(CANCEL_BY_LABEL, p);
    }

    @Override
    public Set<String> secretHeaders() {
        return Set.of(DeribitClient.AUTHORIZATION);
    }

    @Override
    public VenueAck submit(UpstreamRequest request) {
        return switch (request.endpoint()) {
            case CANCEL -> {
                DeribitAccountData.Order o = client.submit(request, DeribitAccountData.Order.class).result();
                yield new VenueAck(o == null ? null : o.orderId(), o == null ? null : o.label(),
                        o == null ? null : DeribitOrders.unified(o), null);
            }
            case CANCEL_BY_LABEL -> {
                Integer cancelled = client.submit(request, Integer.class).result();
                yield new VenueAck(null, null, null, Map.of("cancelled", cancelled == null ? 0 : cancelled));
            }
            default -> placed(client.submit(request, DeribitAccountData.OrderResult.class).result());
        };
    }

    /** The acknowledgement of an order write, with its immediate fills. */
    public static VenueAck placed(DeribitAccountData.OrderResult result) {
        if (result == null || result.order() == null) {
            throw ToolException.upstreamError("Deribit acknowledged the order without an order object");
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("trades", result.trades() == null ? List.of() : result.trades().stream().map(t -> {
            Map<String, Object> fill = new LinkedHashMap<>();
            fill.put("trade_id", t.tradeId());
            fill.put("price", t.price());
            fill.put("amount", t.amount());
            fill.put("fee", t.fee());
            fill.put("fee_currency", t.feeCurrency());
            fill.put("liquidity", t.liquidity());
            return fill;
        }).toList());
        return new VenueAck(result.order().orderId(), result.order().label(), DeribitOrders.unified(result.order()),
                extra);
    }

    static String venueType(OrderKind kind) {
        return switch (kind) {
            case market -> "market";
            case limit -> "limit";
            case stop_market -> "stop_market";
            case stop_limit -> "stop_limit";
            case take_profit_market -> "take_market";
            case take_profit_limit -> "take_limit";
            case trailing_stop -> "trailing_stop";
        };
    }
}
