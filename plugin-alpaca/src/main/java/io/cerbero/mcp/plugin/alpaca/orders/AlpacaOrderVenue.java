package io.cerbero.mcp.plugin.alpaca.orders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.spi.ErrorDetails;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
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
import io.cerbero.mcp.plugin.alpaca.client.AlpacaClient;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Account;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Order;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Position;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Alpaca's side of core's order pipeline: stock and option rules, the account valued Alpaca's way, the exact
 * {@code POST /v2/orders} and {@code DELETE /v2/orders/{id}} requests, the send, and the lookup by client order id.
 *
 * <p><b>Valuation</b> (leverage = gross exposure / equity, in USD): a position counts its {@code market_value}
 * (shares × price; contracts × 100 × premium for options, so a short option counts its premium only); a resting
 * order counts its unfilled qty × its limit price, else its stop price, else the latest price; an order priced by
 * nothing (market) counts at the latest price. Equity is the account's {@code equity}. Child legs of bracket and
 * OCO orders are exits and left out.
 */
public final class AlpacaOrderVenue implements OrderVenue<AlpacaOrderParams> {
    /** Alpaca takes client order ids of up to 128 characters. */
    public static final ClientOrderIds CLIENT_ORDER_IDS = ClientOrderIds.withMaxLength(128);
    /** Open orders read for the account snapshot: Alpaca's page maximum. */
    static final int OPEN_ORDERS_LIMIT = 500;

    private final AlpacaClient client;
    private final AlpacaInstruments instruments;
    private final AlpacaPrices prices;

    public AlpacaOrderVenue(AlpacaClient client, AlpacaInstruments instruments, AlpacaPrices prices) {
        this.client = Objects.requireNonNull(client, "client");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    @Override
    public ClientOrderIdFormat clientOrderIds() {
        return CLIENT_ORDER_IDS;
    }

    @Override
    public InstrumentRules rules(String symbol, AlpacaOrderParams params) {
        return instruments.rules(symbol, params.tickBasis());
    }

    /**
     * The one Alpaca account (stocks and options share its equity and buying power): nothing to narrow, so the
     * {@link io.cerbero.mcp.core.trading.AccountScope} of a check is not used.
     */
    @Override
    public AccountSnapshot account() {
        Account account = client.account();
        List<Position> positions = client.positions();
        List<Order> open = client.openOrders(OPEN_ORDERS_LIMIT);
        List<String> unpriced = new ArrayList<>();
        for (Order o : open) {
            if (o.limitPrice() == null && o.stopPrice() == null && o.qty() != null && o.symbol() != null) {
                unpriced.add(o.symbol());
            }
        }
        Map<String, BigDecimal> latest = unpriced.isEmpty() ? Map.of() : prices.latest(unpriced);
        AccountSnapshot.Builder builder = AccountSnapshot.builder(account.equity(), currency(account));
        for (Position p : positions) {
            BigDecimal value = p.symbol() == null ? null : positionValue(p);
            if (value != null) {
                builder.position(p.symbol(), p.isShort() ? value.negate() : value);
            }
        }
        for (Order o : open) {
            if (o.symbol() == null) {
                continue;
            }
            builder.restingOrder(o.symbol(), "sell".equalsIgnoreCase(o.side()) ? Side.sell : Side.buy,
                    restingNotional(o, latest));
        }
        return builder.build();
    }

    /**
     * The position's absolute {@code market_value}; when the venue has none (no price yet), qty × current price, else
     * × entry price, times the contract size for options, so a position is never left out of the check.
     */
    private BigDecimal positionValue(Position p) {
        if (p.marketValue() != null) {
            return p.marketValue().abs();
        }
        BigDecimal price = p.currentPrice() != null ? p.currentPrice() : p.avgEntryPrice();
        if (p.qty() == null || price == null) {
            return null;
        }
        return p.qty().abs().multiply(price).multiply(contractSize(p.symbol()));
    }

    private BigDecimal contractSize(String symbol) {
        return AlpacaInstruments.isOption(symbol) ? instruments.rules(symbol, null).contractSize() : BigDecimal.ONE;
    }

    private BigDecimal restingNotional(Order o, Map<String, BigDecimal> latest) {
        if (o.qty() == null) {
            return o.notional() == null ? BigDecimal.ZERO : o.notional().abs();
        }
        BigDecimal remaining = o.qty().subtract(o.filledQty() == null ? BigDecimal.ZERO : o.filledQty()).max(
                BigDecimal.ZERO);
        BigDecimal price = o.limitPrice() != null ? o.limitPrice()
                : o.stopPrice() != null ? o.stopPrice() : latest.get(o.symbol());
        return price == null ? BigDecimal.ZERO : remaining.multiply(price).multiply(contractSize(o.symbol()));
    }

    private static String currency(Account account) {
        return account.currency() == null ? "USD" : account.currency();
    }

    @Override
    public BigDecimal referencePrice(InstrumentRules rules, AlpacaOrderParams params) {
        return prices.latest(rules.symbol());
    }

    /** Only an order priced by neither a limit nor a stop is valued at the latest price. */
    @Override
    public boolean valuesAtReferencePrice(PlannedOrder order, AlpacaOrderParams params) {
        return order.sentPrice() == null && order.sentTriggerPrice() == null;
    }

    /** A stop order counts at its stop price (where it becomes a market order), others as core does. */
    @Override
    public BigDecimal notional(PlannedOrder order, AlpacaOrderParams params) {
        BigDecimal price = order.sentPrice() != null ? order.sentPrice()
                : order.sentTriggerPrice() != null ? order.sentTriggerPrice()
                : order.referencePrice() != null ? order.referencePrice()
                : referencePrice(order.rules(), params);
        return order.rules().notional(order.sentQty(), price);
    }

    @Override
    public UpstreamRequest prepare(PlannedOrder order, AlpacaOrderParams params) {
        ObjectNode body = client.json().createObjectNode();
        body.put("symbol", order.symbol());
        body.put("qty", order.sentQty().toPlainString());
        body.put("side", order.side().name());
        body.put("type", AlpacaOrderMapping.venueType(order.intent().kind()));
        body.put("time_in_force", params.timeInForce().name());
        if (order.sentPrice() != null) {
            body.put("limit_price", order.sentPrice().toPlainString());
        }
        if (order.sentTriggerPrice() != null) {
            body.put("stop_price", order.sentTriggerPrice().toPlainString());
        }
        if (order.intent().kind() == OrderKind.trailing_stop) {
            if (params.trailPrice() != null) {
                body.put("trail_price", params.trailPrice().toPlainString());
            } else {
                body.put("trail_percent", params.trailPercent().toPlainString());
            }
        }
        if (params.extendedHours()) {
            body.put("extended_hours", true);
        }
        body.put("client_order_id", order.clientOrderId());
        return client.prepareCreateOrder(body);
    }

    /** By order id directly; by client order id after looking the order up (a GET, allowed in a dry run). */
    @Override
    public UpstreamRequest prepareCancel(CancelIntent cancel, AlpacaOrderParams params) {
        String orderId = cancel.orderId();
        if (orderId == null) {
            orderId = client.orderByClientOrderId(cancel.clientOrderId()).map(Order::id)
                    .orElseThrow(() -> ToolException.upstreamRejected("Alpaca knows no order with client_order_id "
                                    + cancel.clientOrderId())
                            .withDetail(ErrorDetails.HTTP_STATUS, 404)
                            .withFix("check the id with get_open_orders"));
        }
        return client.prepareCancelOrder(orderId);
    }

    @Override
    public Set<String> secretHeaders() {
        return AlpacaClient.SECRET_HEADERS;
    }

    /** Sends once; a cancel answers 204 without a body (the id is the request's), an order write the order. */
    @Override
    public VenueAck submit(UpstreamRequest request) {
        UpstreamResponse response = client.submit(request);
        if (response.body().isBlank()) {
            String path = request.path();
            String id = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            return VenueAck.of(id, null);
        }
        Order order = client.readOrder(response, request);
        return new VenueAck(order.id(), order.clientOrderId(), AlpacaOrderMapping.toOrder(order), null);
    }

    /**
     * The order {@code amend_order} replaces: the one it already read ({@link AlpacaOrderParams#replacing()}), else
     * {@code GET /v2/orders/{id}}. Orders placed by notional (dollars) have no qty to replace and are refused.
     */
    @Override
    public RestingOrder restingOrder(AmendIntent amend, AlpacaOrderParams params) {
        Order o = params.replacing() != null && amend.orderId().equals(params.replacing().id()) ? params.replacing()
                : client.order(amend.orderId());
        if (o.id() == null || o.symbol() == null || o.side() == null) {
            throw ToolException.upstreamError("Alpaca answered the order lookup without an id, symbol or side");
        }
        if (o.qty() == null) {
            throw ToolException.invalidInput("order " + o.id() + " was placed by notional (USD); Alpaca replaces "
                    + "orders placed by qty").withFix("cancel it with cancel_order and place a new one");
        }
        return new RestingOrder(o.id(), o.clientOrderId(), o.symbol(),
                "sell".equalsIgnoreCase(o.side()) ? Side.sell : Side.buy, AlpacaOrderMapping.kind(o.type()), o.qty(),
                o.filledQty(), o.limitPrice(), o.stopPrice(), false, false);
    }

    /** A replace creates a new order, which takes a client order id of its own (so it can be looked up). */
    @Override
    public boolean amendSetsClientOrderId() {
        return true;
    }

    /** {@code PATCH /v2/orders/{id}}: qty, time_in_force, limit_price, stop_price, trail, client_order_id. */
    @Override
    public UpstreamRequest prepareAmend(PlannedAmend amend, AlpacaOrderParams params) {
        PlannedOrder order = amend.replacement();
        BigDecimal trail = params.trailPrice() != null ? params.trailPrice() : params.trailPercent();
        if (trail != null && order.intent().kind() != OrderKind.trailing_stop) {
            throw ToolException.invalidInput("trail: order " + amend.original().orderId()
                    + " is not a trailing_stop order");
        }
        ObjectNode body = client.json().createObjectNode();
        body.put("qty", order.sentQty().toPlainString());
        body.put("time_in_force", params.timeInForce().name());
        if (order.sentPrice() != null) {
            body.put("limit_price", order.sentPrice().toPlainString());
        }
        if (order.sentTriggerPrice() != null) {
            body.put("stop_price", order.sentTriggerPrice().toPlainString());
        }
        if (trail != null) {
            body.put("trail", trail.toPlainString());
        }
        body.put("client_order_id", order.clientOrderId());
        return client.prepareReplaceOrder(amend.original().orderId(), body);
    }

    /** The replacing order by its client order id: found means the replace took. */
    @Override
    public OrderLookup lookupAmend(PlannedAmend amend, AlpacaOrderParams params) {
        return lookup(amend.replacement(), params);
    }

    @Override
    public OrderLookup lookup(PlannedOrder order, AlpacaOrderParams params) {
        return client.orderByClientOrderId(order.clientOrderId())
                .map(o -> OrderLookup.found(AlpacaOrderMapping.toOrder(o)))
                .orElseGet(OrderLookup::notFound);
    }
}
