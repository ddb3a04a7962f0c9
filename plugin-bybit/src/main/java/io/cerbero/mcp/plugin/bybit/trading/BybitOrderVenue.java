package io.cerbero.mcp.plugin.bybit.trading;

import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.trading.AccountSnapshot;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.core.trading.ClientOrderIdFormat;
import io.cerbero.mcp.core.trading.InstrumentRules;
import io.cerbero.mcp.core.trading.OrderLookup;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.OrderVenue;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.VenueAck;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitClient;
import io.cerbero.mcp.plugin.bybit.client.BybitInstrumentCache;
import io.cerbero.mcp.plugin.bybit.client.BybitOrderRequest;
import io.cerbero.mcp.plugin.bybit.client.BybitPreparedRequest;
import io.cerbero.mcp.plugin.bybit.unified.BybitOrders;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Bybit's side of core's order pipeline; the order parameter is the category. Rules come from the session's
 * instrument cache, the account from {@link BybitAccountReader} (the whole UNIFIED account), market orders are valued
 * at the mark price (spot: last), writes are the signed {@code /v5/order/create} and {@code /v5/order/cancel}, sent
 * once, and an order whose send ended without an answer is looked up by orderLinkId in {@code /v5/order/realtime}.
 */
public final class BybitOrderVenue implements OrderVenue<BybitCategory> {
    private final BybitClient client;
    private final BybitInstrumentCache instruments;
    private final BybitReferencePrices prices;
    private final BybitAccountReader account;

    public BybitOrderVenue(BybitClient client, BybitInstrumentCache instruments) {
        this.client = Objects.requireNonNull(client, "client");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.prices = new BybitReferencePrices(client);
        this.account = new BybitAccountReader(client, prices);
    }

    @Override
    public ClientOrderIdFormat clientOrderIds() {
        return BybitOrderRequest.ORDER_LINK_IDS;
    }

    @Override
    public InstrumentRules rules(String symbol, BybitCategory category) {
        return BybitInstrumentRules.of(category, instruments.get(category, symbol));
    }

    /**
     * The whole UNIFIED account. The {@link io.cerbero.mcp.core.trading.AccountScope} of a check is not used: in a
     * unified trading account (UTA 2.0) linear, inverse, option and spot all draw on the one UNIFIED margin, so no
     * category can be left out without under-counting the exposure that margin backs. (Under UTA 1.0 inverse lives
     * in the separate CONTRACT account and could be skipped for a linear order, but telling the two apart needs
     * {@code /v5/account/info}, which this plugin does not read yet.)
     */
    @Override
    public AccountSnapshot account() {
        return account.snapshot();
    }

    @Override
    public BigDecimal referencePrice(InstrumentRules rules, BybitCategory category) {
        return prices.reference(category, rules.symbol());
    }

    /** Inverse qty is USD already: the pipeline reads no ticker for it. */
    @Override
    public boolean valuesAtReferencePrice(PlannedOrder order, BybitCategory category) {
        return order.sentPrice() == null && order.rules().qtyUnit() != SizeUnit.quote;
    }

    /** Inverse qty is USD already: no price needed, so no ticker is read. */
    @Override
    public BigDecimal notional(PlannedOrder order, BybitCategory category) {
        return order.rules().qtyUnit() == SizeUnit.quote ? order.sentQty()
                : OrderVenue.super.notional(order, category);
    }

    @Override
    public UpstreamRequest prepare(PlannedOrder order, BybitCategory category) {
        return client.prepareCreateOrder(request(order, category)).request();
    }

    /** The venue's order for a planned one (also each item of a batch). */
    public static BybitOrderRequest request(PlannedOrder order, BybitCategory category) {
        boolean limit = order.intent().kind() == OrderKind.limit;
        String timeInForce = limit ? (order.intent().postOnly() ? "PostOnly" : "GTC") : null;
        return new BybitOrderRequest(category, order.symbol(), BybitOrderRequest.venueSide(order.side()),
                BybitOrderRequest.venueOrderType(limit ? OrderType.limit : OrderType.market), order.sentQty(),
                order.sentPrice(), timeInForce, order.clientOrderId(), order.intent().reduceOnly());
    }

    @Override
    public UpstreamRequest prepareCancel(CancelIntent cancel, BybitCategory category) {
        return client.prepareCancel(category, cancel.symbol(), cancel.orderId(), cancel.clientOrderId()).request();
    }

    @Override
    public Set<String> secretHeaders() {
        return Set.copyOf(BybitPreparedRequest.SECRET_HEADERS);
    }

    @Override
    public VenueAck submit(UpstreamRequest request) {
        BybitAccountData.OrderAck ack = client.sendOrderWrite(request);
        return VenueAck.of(Unset.blankAsNull(ack.orderId()), Unset.blankAsNull(ack.orderLinkId()));
    }

    /** Resting orders first, then the recent closed ones (a market order may have filled at once). */
    @Override
    public OrderLookup lookup(PlannedOrder order, BybitCategory category) {
        for (boolean closed : new boolean[]{false, true}) {
            Optional<BybitAccountData.Order> found = client.orderByLinkId(category, order.symbol(),
                    order.clientOrderId(), closed).list().stream()
                    .filter(o -> order.clientOrderId().equals(o.orderLinkId())).findFirst();
            if (found.isPresent()) {
                return OrderLookup.found(BybitOrders.toUnified(category, found.get()));
            }
        }
        return OrderLookup.notFound();
    }
}
