package io.cerbero.mcp.plugin.hyperliquid.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.AccountSnapshot;
import io.cerbero.mcp.core.trading.CancelIntent;
import io.cerbero.mcp.core.trading.ClientOrderIdFormat;
import io.cerbero.mcp.core.trading.InstrumentRules;
import io.cerbero.mcp.core.trading.OrderLookup;
import io.cerbero.mcp.core.trading.OrderVenue;
import io.cerbero.mcp.core.trading.PlannedOrder;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.core.trading.VenueAck;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidErrors;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.AssetPosition;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.ClearinghouseState;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.OpenOrder;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.OrderStatus;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidActions;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAssets.PerpAsset;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidCloids;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidOrderWire;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Hyperliquid's side of core's order pipeline (perpetuals, USDC-margined, sizes in coin).
 *
 * <ul>
 *   <li>Rules from the cached {@code meta}: size step 10^-szDecimals, prices at most 5 significant figures and
 *       {@code 6 - szDecimals} decimals, $10 minimum order value.</li>
 *   <li>Account: equity is {@code marginSummary.accountValue}; positions valued at {@code positionValue} (mark),
 *       signed by {@code szi}; resting orders that are not reduce-only at limit price × size.</li>
 *   <li>Market orders are aggressive IOC limits at mid ± slippage (the venue has no true market order), rounded
 *       towards the mid so the bound is never exceeded; the mid is the one the leverage check valued the order at
 *       ({@link PlannedOrder#referencePrice()}), so {@code allMids} is read once per order.</li>
 *   <li>No amend: a {@code modify} tool is not offered, so {@code OrderVenue}'s amend defaults refuse with
 *       {@code amend_unsupported}.</li>
 *   <li>Answers: {@code status "ok"} can still carry a per-order error (mapped to UPSTREAM_REJECTED).</li>
 * </ul>
 */
public final class HyperliquidOrderVenue implements OrderVenue<HyperliquidOrderParams> {
    /** The venue refuses orders worth less than $10. */
    static final BigDecimal MIN_ORDER_VALUE = BigDecimal.TEN;
    static final int SIGNIFICANT_FIGURES = 5;
    static final String CURRENCY = "USDC";

    private final HyperliquidSession session;

    public HyperliquidOrderVenue(HyperliquidSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public ClientOrderIdFormat clientOrderIds() {
        return HyperliquidCloids.INSTANCE;
    }

    @Override
    public InstrumentRules rules(String symbol, HyperliquidOrderParams params) {
        return rules(session.assets().require(symbol));
    }

    static InstrumentRules rules(PerpAsset asset) {
        return new InstrumentRules(asset.name(), InstrumentKind.perpetual, !asset.delisted(), asset.tickSize(),
                SIGNIFICANT_FIGURES, asset.qtyStep(), null, null, MIN_ORDER_VALUE, null, null, null, SizeUnit.base);
    }

    /**
     * The wallet's one USDC perp account: cross and isolated positions draw on the same {@code accountValue}, so
     * there is nothing to narrow and the {@link io.cerbero.mcp.core.trading.AccountScope} of a check is not used.
     */
    @Override
    public AccountSnapshot account() {
        String wallet = session.wallet();
        ClearinghouseState state = session.client().clearinghouseState(wallet);
        List<OpenOrder> orders = session.client().frontendOpenOrders(wallet);
        return snapshot(state, orders);
    }

    static AccountSnapshot snapshot(ClearinghouseState state, List<OpenOrder> orders) {
        BigDecimal equity = state.marginSummary() == null ? null : state.marginSummary().accountValue();
        AccountSnapshot.Builder builder = AccountSnapshot.builder(equity, CURRENCY);
        for (AssetPosition p : state.assetPositions()) {
            if (p.position() == null || p.position().szi() == null || p.position().szi().signum() == 0) {
                continue;
            }
            BigDecimal value = p.position().positionValue() == null ? BigDecimal.ZERO
                    : p.position().positionValue().abs();
            builder.position(p.position().coin(), p.position().szi().signum() < 0 ? value.negate() : value);
        }
        for (OpenOrder o : orders) {
            if (!o.isReduceOnly() && o.limitPx() != null && o.sz() != null) {
                builder.restingOrder(o.coin(), o.buy() ? Side.buy : Side.sell, o.limitPx().multiply(o.sz()));
            }
        }
        return builder.build();
    }

    /** The mid from {@code allMids}. */
    @Override
    public BigDecimal referencePrice(InstrumentRules rules, HyperliquidOrderParams params) {
        BigDecimal mid = session.client().allMids().get(rules.symbol());
        if (mid == null || mid.signum() <= 0) {
            throw ToolException.upstreamError("Hyperliquid published no mid price for " + rules.symbol())
                    .withFix("send a limit order instead");
        }
        return mid;
    }

    @Override
    public UpstreamRequest prepare(PlannedOrder order, HyperliquidOrderParams params) {
        PerpAsset asset = session.assets().require(order.symbol());
        boolean buy = order.side() == Side.buy;
        OrderKind kind = order.intent().kind();
        HyperliquidOrderWire.Type type;
        BigDecimal price;
        switch (kind) {
            case limit -> {
                price = order.sentPrice();
                type = new HyperliquidOrderWire.Limit((order.intent().postOnly() ? HyperliquidTif.Alo
                        : params.tif()).name());
            }
            case market -> {
                // the mid the leverage check valued the order at; read here only when no check ran (reduce-only)
                BigDecimal mid = order.referencePrice() != null ? order.referencePrice()
                        : referencePrice(order.rules(), params);
                price = slippagePrice(mid, buy, params.slippage(), asset);
                type = new HyperliquidOrderWire.Limit(HyperliquidTif.Ioc.name());
            }
            case stop_market, take_profit_market -> {
                price = slippagePrice(order.sentTriggerPrice(), buy, params.slippage(), asset);
                type = new HyperliquidOrderWire.Trigger(true, order.sentTriggerPrice(), tpsl(kind));
            }
            case stop_limit, take_profit_limit -> {
                price = order.sentPrice();
                type = new HyperliquidOrderWire.Trigger(false, order.sentTriggerPrice(), tpsl(kind));
            }
            default -> throw ToolException.invalidInput("Hyperliquid takes no " + kind + " orders");
        }
        HyperliquidOrderWire wire = new HyperliquidOrderWire(asset.index(), buy, price, order.sentQty(),
                order.intent().reduceOnly(), type, order.clientOrderId());
        return session.signer().prepare(HyperliquidActions.order(List.of(wire), params.grouping()));
    }

    @Override
    public UpstreamRequest prepareCancel(CancelIntent cancel, HyperliquidOrderParams params) {
        if (cancel.symbol() == null) {
            throw ToolException.invalidInput("symbol is required: Hyperliquid cancels by asset and order id");
        }
        PerpAsset asset = session.assets().require(cancel.symbol());
        ObjectNode action;
        if (cancel.orderId() != null) {
            action = HyperliquidActions.cancel(asset.index(), orderId(cancel.orderId()));
        } else {
            action = HyperliquidActions.cancelByCloid(asset.index(),
                    HyperliquidCloids.require(cancel.clientOrderId(), "client_order_id"));
        }
        return session.signer().prepare(action);
    }

    /** The signature is in the body; no header carries a secret. */
    @Override
    public Set<String> secretHeaders() {
        return Set.of();
    }

    @Override
    public VenueAck submit(UpstreamRequest request) {
        return acknowledgement(session.client().exchange(request), request.endpoint());
    }

    /**
     * Reads {@code response} of an "ok" answer: {@code {"type":"order"|"cancel"|"default","data":{"statuses":[…]}}}.
     * A status {@code {"error": "…"}} is a rejection even though the envelope said ok.
     */
    static VenueAck acknowledgement(JsonNode response, String endpoint) {
        JsonNode statuses = response.path("data").path("statuses");
        if (!statuses.isArray() || statuses.isEmpty()) {
            return new VenueAck(null, null, null, Map.of("venue_status", response.path("type").asText("ok")));
        }
        JsonNode first = statuses.get(0);
        if (first.isTextual()) {
            return new VenueAck(null, null, null, Map.of("venue_status", first.asText()));
        }
        if (first.has("error")) {
            throw HyperliquidErrors.itemRefused(first.path("error").asText(), endpoint);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        JsonNode body;
        if (first.has("resting")) {
            body = first.get("resting");
            extra.put("venue_status", "resting");
        } else if (first.has("filled")) {
            body = first.get("filled");
            extra.put("venue_status", "filled");
            extra.put("filled_qty", decimal(body.path("totalSz"), endpoint));
            extra.put("avg_fill_price", decimal(body.path("avgPx"), endpoint));
        } else {
            throw HyperliquidErrors.unparseable(endpoint);
        }
        String oid = body.hasNonNull("oid") ? body.get("oid").asText() : null;
        String cloid = body.hasNonNull("cloid") ? body.get("cloid").asText() : null;
        return new VenueAck(oid, cloid, null, extra);
    }

    @Override
    public OrderLookup lookup(PlannedOrder order, HyperliquidOrderParams params) {
        OrderStatus status = session.client().orderStatusByCloid(session.wallet(), order.clientOrderId());
        return status.found() ? OrderLookup.found(HyperliquidOrderView.unified(status.order().order(),
                status.order().status())) : OrderLookup.notFound();
    }

    /**
     * {@code reference × (1 ± slippage)}, to 5 significant figures and the asset's decimals, rounded towards the
     * reference (a buy down, a sell up) so the bound holds.
     */
    static BigDecimal slippagePrice(BigDecimal reference, boolean buy, BigDecimal slippage, PerpAsset asset) {
        BigDecimal factor = buy ? BigDecimal.ONE.add(slippage) : BigDecimal.ONE.subtract(slippage);
        RoundingMode mode = buy ? RoundingMode.FLOOR : RoundingMode.CEILING;
        BigDecimal raw = reference.multiply(factor);
        BigDecimal sig = raw.round(new MathContext(SIGNIFICANT_FIGURES, mode));
        BigDecimal px = sig.setScale(Math.min(Math.max(sig.scale(), 0), asset.priceDecimals()), mode);
        return px.stripTrailingZeros();
    }

    private static BigDecimal decimal(JsonNode node, String endpoint) {
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            throw HyperliquidErrors.unparseable(endpoint);
        }
    }

    private static String tpsl(OrderKind kind) {
        return kind == OrderKind.take_profit_market || kind == OrderKind.take_profit_limit ? "tp" : "sl";
    }

    private static long orderId(String orderId) {
        try {
            long oid = Long.parseLong(orderId);
            if (oid <= 0) {
                throw new NumberFormatException();
            }
            return oid;
        } catch (NumberFormatException e) {
            throw ToolException.invalidInput("order_id must be a Hyperliquid order id (a positive integer)");
        }
    }
}
