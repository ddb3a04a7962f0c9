package io.cerbero.mcp.plugin.bybit.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.plugin.bybit.BybitErrors;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.BatchResult;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.OrderAck;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Position;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Wallet;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.FundingRate;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.KlineResult;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.OpenInterest;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Orderbook;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.ServerTime;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Ticker;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The raw Bybit v5 REST client: one method per venue endpoint, venue parameters in, venue DTOs out. No rounding,
 * policy or presentation here; the tools do that.
 *
 * <p>Every answer goes through one check: HTTP status (403 IP ban, 401 auth), then the {@code retCode} envelope
 * (non-zero is an error whatever the HTTP status), mapped by {@link BybitErrors}. GETs are marked idempotent so the
 * host may retry them; POSTs are not, so an order is never sent twice by the HTTP layer.
 *
 * <p>Writes come in two steps, {@code prepare…} (signs and returns the exact request) then {@code send…}, so a dry
 * run shows precisely what a real call would send. Thread-safe.
 */
public final class BybitClient {
    public static final String HEADER_API_KEY = "X-BAPI-API-KEY";
    public static final String HEADER_TIMESTAMP = "X-BAPI-TIMESTAMP";
    public static final String HEADER_SIGN = "X-BAPI-SIGN";
    public static final String HEADER_RECV_WINDOW = "X-BAPI-RECV-WINDOW";
    /** set-leverage: "leverage not modified" means it already is what was asked. */
    public static final int LEVERAGE_NOT_MODIFIED = 110043;

    private final UpstreamClient upstream;
    private final Clock clock;
    private final Supplier<BybitCredentials> credentials;
    private final ObjectMapper json = JsonMappers.venue();

    /**
     * @param upstream    the host's client bound to this environment's base URL
     * @param clock       the host clock (timestamps, rate-limit reset)
     * @param credentials supplies the keys for private calls; throws NOT_CONFIGURED when they are not set
     */
    public BybitClient(UpstreamClient upstream, Clock clock, Supplier<BybitCredentials> credentials) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    // ------------------------------------------------------------------------------------------ market (public)

    /** <a href="https://bybit-exchange.github.io/docs/v5/market/time">GET /v5/market/time</a> */
    public BybitEnvelope<ServerTime> serverTime() {
        return publicGet("/v5/market/time", "", type(ServerTime.class));
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/market/tickers">GET /v5/market/tickers</a> */
    public BybitEnvelope<BybitPage<Ticker>> tickers(BybitCategory category, String symbol, String baseCoin) {
        return execute(tickersRequest(category, symbol, baseCoin), page(Ticker.class), Set.of());
    }

    /** {@link #tickers} without blocking: completes with the envelope or fails with the mapped ToolException. */
    public CompletableFuture<BybitEnvelope<BybitPage<Ticker>>> tickersAsync(BybitCategory category, String symbol,
                                                                          String baseCoin) {
        return executeAsync(tickersRequest(category, symbol, baseCoin), page(Ticker.class));
    }

    private static UpstreamRequest tickersRequest(BybitCategory category, String symbol, String baseCoin) {
        return UpstreamRequest.get("/v5/market/tickers",
                BybitQuery.of().add("category", category).add("symbol", symbol).add("baseCoin", baseCoin).build());
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/market/orderbook">GET /v5/market/orderbook</a> */
    public BybitEnvelope<Orderbook> orderbook(BybitCategory category, String symbol, int limit) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol).add("limit", limit).build();
        return this.<Orderbook>publicGet("/v5/market/orderbook", query, type(Orderbook.class));
    }

    /**
     * <a href="https://bybit-exchange.github.io/docs/v5/market/kline">GET /v5/market/kline</a>; rows come
     * <b>newest first</b> ({@link KlineResult#candles()} parses them).
     */
    public BybitEnvelope<KlineResult> klines(BybitCategory category, String symbol, String interval, Long start,
                                             Long end, int limit) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol).add("interval", interval)
                .add("start", start).add("end", end).add("limit", limit).build();
        return publicGet("/v5/market/kline", query, type(KlineResult.class));
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/market/history-fund-rate">GET /v5/market/funding/history</a> (newest first) */
    public BybitEnvelope<BybitPage<FundingRate>> fundingHistory(BybitCategory category, String symbol, Long startTime, Long endTime,
                                                 int limit) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol).add("startTime", startTime)
                .add("endTime", endTime).add("limit", limit).build();
        return this.<BybitPage<FundingRate>>publicGet("/v5/market/funding/history", query, page(FundingRate.class));
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/market/open-interest">GET /v5/market/open-interest</a> (newest first) */
    public BybitEnvelope<BybitPage<OpenInterest>> openInterest(BybitCategory category, String symbol, String intervalTime, int limit) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol)
                .add("intervalTime", intervalTime).add("limit", limit).build();
        return this.<BybitPage<OpenInterest>>publicGet("/v5/market/open-interest", query, page(OpenInterest.class));
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/market/instrument">GET /v5/market/instruments-info</a> */
    public BybitEnvelope<BybitPage<Instrument>> instruments(BybitCategory category, String symbol, String baseCoin, Integer limit,
                                             String cursor) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol).add("baseCoin", baseCoin)
                .add("limit", limit).add("cursor", cursor).build();
        return this.<BybitPage<Instrument>>publicGet("/v5/market/instruments-info", query, page(Instrument.class));
    }

    // ---------------------------------------------------------------------------------------- account (signed)

    /** <a href="https://bybit-exchange.github.io/docs/v5/account/wallet-balance">GET /v5/account/wallet-balance</a> */
    public BybitEnvelope<BybitPage<Wallet>> walletBalance(String accountType, String coin) {
        String query = BybitQuery.of().add("accountType", accountType).add("coin", coin).build();
        return this.<BybitPage<Wallet>>signedGet("/v5/account/wallet-balance", query, page(Wallet.class));
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/position">GET /v5/position/list</a> */
    public BybitEnvelope<BybitPage<Position>> positions(BybitCategory category, String symbol, String settleCoin) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol).add("settleCoin", settleCoin)
                .build();
        return this.<BybitPage<Position>>signedGet("/v5/position/list", query, page(Position.class));
    }

    /** <a href="https://bybit-exchange.github.io/docs/v5/order/open-order">GET /v5/order/realtime</a> */
    public BybitEnvelope<BybitPage<BybitAccountData.Order>> openOrders(BybitCategory category, String symbol, String settleCoin,
                                                        int limit) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol).add("settleCoin", settleCoin)
                .add("openOnly", 0).add("limit", limit).build();
        return this.<BybitPage<BybitAccountData.Order>>signedGet("/v5/order/realtime", query,
                page(BybitAccountData.Order.class));
    }

    /**
     * One order by its orderLinkId: {@code openOnly=0} finds it while it rests, {@code openOnly=1} among the recent
     * closed ones (filled, cancelled).
     */
    public BybitPage<BybitAccountData.Order> orderByLinkId(BybitCategory category, String symbol, String orderLinkId,
                                                           boolean closed) {
        String query = BybitQuery.of().add("category", category).add("symbol", symbol).add("orderLinkId", orderLinkId)
                .add("openOnly", closed ? 1 : 0).build();
        return this.<BybitPage<BybitAccountData.Order>>signedGet("/v5/order/realtime", query,
                page(BybitAccountData.Order.class)).requireResult();
    }

    /** One page of every position of a category (and settle coin), without blocking. */
    public CompletableFuture<BybitPage<Position>> positionsPageAsync(BybitCategory category, String settleCoin,
                                                                    int limit, String cursor) {
        String query = BybitQuery.of().add("category", category).add("settleCoin", settleCoin).add("limit", limit)
                .add("cursor", cursor).build();
        return this.<BybitPage<Position>>signedGetAsync("/v5/position/list", query, page(Position.class));
    }

    /** One page of every open order of a category (and settle coin), without blocking. */
    public CompletableFuture<BybitPage<BybitAccountData.Order>> openOrdersPageAsync(BybitCategory category,
                                                                                   String settleCoin, int limit,
                                                                                   String cursor) {
        String query = BybitQuery.of().add("category", category).add("settleCoin", settleCoin).add("openOnly", 0)
                .add("limit", limit).add("cursor", cursor).build();
        return this.<BybitPage<BybitAccountData.Order>>signedGetAsync("/v5/order/realtime", query,
                page(BybitAccountData.Order.class));
    }

    /** {@link #walletBalance} without blocking. */
    public CompletableFuture<BybitPage<Wallet>> walletBalanceAsync(String accountType) {
        String query = BybitQuery.of().add("accountType", accountType).build();
        return this.<BybitPage<Wallet>>signedGetAsync("/v5/account/wallet-balance", query, page(Wallet.class));
    }

    // ------------------------------------------------------------------------------------------ trading (signed)

    /** Signs a <a href="https://bybit-exchange.github.io/docs/v5/order/create-order">POST /v5/order/create</a>. */
    public BybitPreparedRequest prepareCreateOrder(BybitOrderRequest order) {
        ObjectNode body = json.createObjectNode();
        order.writeTo(body, true);
        return signedPost("/v5/order/create", body);
    }

    /** Sends a prepared create-order or cancel once (never retried) and reads the venue's ids. */
    public OrderAck sendOrderWrite(UpstreamRequest prepared) {
        return this.<OrderAck>execute(prepared, type(OrderAck.class), Set.of()).requireResult();
    }

    /**
     * Signs a <a href="https://bybit-exchange.github.io/docs/v5/order/batch-place">POST /v5/order/create-batch</a>
     * (all orders of one category).
     */
    public BybitPreparedRequest prepareBatch(BybitCategory category, List<BybitOrderRequest> orders) {
        ObjectNode body = json.createObjectNode();
        body.put("category", category.name());
        ArrayNode request = body.putArray("request");
        orders.forEach(order -> order.writeTo(request.addObject(), false));
        return signedPost("/v5/order/create-batch", body);
    }

    /** Sends a prepared batch; the top-level retCode 0 does not mean every item was accepted: see the statuses. */
    public BatchResult createBatch(BybitPreparedRequest prepared) {
        BybitEnvelope<BybitPage<OrderAck>> envelope = execute(prepared.request(), page(OrderAck.class), Set.of());
        List<OrderAck> acks = envelope.result() == null ? List.of() : envelope.result().list();
        List<BybitEnvelope.ItemStatus> statuses = envelope.retExtInfo() == null || envelope.retExtInfo().list() == null
                ? List.of() : envelope.retExtInfo().list();
        return new BatchResult(acks, statuses);
    }

    /** Signs a <a href="https://bybit-exchange.github.io/docs/v5/order/cancel-order">POST /v5/order/cancel</a>. */
    public BybitPreparedRequest prepareCancel(BybitCategory category, String symbol, String orderId,
                                              String orderLinkId) {
        ObjectNode body = json.createObjectNode();
        body.put("category", category.name());
        body.put("symbol", symbol);
        if (orderId != null) {
            body.put("orderId", orderId);
        }
        if (orderLinkId != null) {
            body.put("orderLinkId", orderLinkId);
        }
        return signedPost("/v5/order/cancel", body);
    }

    /**
     * Signs a <a href="https://bybit-exchange.github.io/docs/v5/position/leverage">POST /v5/position/set-leverage</a>
     * with equal buy and sell leverage (one-way mode).
     */
    public BybitPreparedRequest prepareSetLeverage(BybitCategory category, String symbol, BigDecimal leverage) {
        ObjectNode body = json.createObjectNode();
        body.put("category", category.name());
        body.put("symbol", symbol);
        body.put("buyLeverage", leverage.toPlainString());
        body.put("sellLeverage", leverage.toPlainString());
        return signedPost("/v5/position/set-leverage", body);
    }

    /** @return true when changed, false when the venue says it already was that leverage (110043) */
    public boolean setLeverage(BybitPreparedRequest prepared) {
        BybitEnvelope<Object> envelope = execute(prepared.request(), type(Object.class), Set.of(LEVERAGE_NOT_MODIFIED));
        return envelope.retCode() == 0;
    }

    // ----------------------------------------------------------------------------------------------- plumbing

    private <T> BybitEnvelope<T> publicGet(String path, String query, JavaType resultType) {
        return execute(UpstreamRequest.get(path, query), resultType, Set.of());
    }

    private <T> BybitEnvelope<T> signedGet(String path, String query, JavaType resultType) {
        return execute(sign(UpstreamRequest.get(path, query), query), resultType, Set.of());
    }

    private <T> CompletableFuture<T> signedGetAsync(String path, String query, JavaType resultType) {
        return this.<T>executeAsync(sign(UpstreamRequest.get(path, query), query), resultType)
                .thenApply(BybitEnvelope::requireResult);
    }

    private BybitPreparedRequest signedPost(String path, ObjectNode body) {
        String raw;
        try {
            raw = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a request body", e);
        }
        return new BybitPreparedRequest(sign(UpstreamRequest.postJson(path, raw), raw));
    }

    /** Adds the four auth headers; {@code payload} is the exact query string or body that will be sent. */
    private UpstreamRequest sign(UpstreamRequest request, String payload) {
        BybitCredentials keys = credentials.get();
        long timestamp = clock.millis();
        String apiKey = keys.apiKey().reveal();
        String signature = BybitSigner.sign(keys.apiSecret().reveal(), timestamp, apiKey, keys.recvWindow(), payload);
        return request.withHeader(HEADER_API_KEY, apiKey)
                .withHeader(HEADER_TIMESTAMP, Long.toString(timestamp))
                .withHeader(HEADER_RECV_WINDOW, Integer.toString(keys.recvWindow()))
                .withHeader(HEADER_SIGN, signature);
    }

    /**
     * Sends and unwraps. {@code accepted} are non-zero retCodes that mean success for this endpoint.
     */
    private <T> BybitEnvelope<T> execute(UpstreamRequest request, JavaType resultType, Set<Integer> accepted) {
        return decode(upstream.send(request), request, resultType, accepted);
    }

    /** {@link #execute} without blocking: for tools that run on the host's I/O thread. */
    private <T> CompletableFuture<BybitEnvelope<T>> executeAsync(UpstreamRequest request, JavaType resultType) {
        return upstream.sendAsync(request).thenApply(response -> decode(response, request, resultType, Set.of()));
    }

    /** Checks the HTTP status and the retCode, and reads the envelope; throws the mapped ToolException. */
    private <T> BybitEnvelope<T> decode(UpstreamResponse response, UpstreamRequest request, JavaType resultType,
                                        Set<Integer> accepted) {
        BybitErrors.checkHttpStatus(response, request);
        BybitEnvelope<T> envelope;
        try {
            envelope = json.readValue(response.body(),
                    json.getTypeFactory().constructParametricType(BybitEnvelope.class, resultType));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw BybitErrors.unparseable(response, request);
        }
        if (envelope == null || envelope.retCode() == null) {
            throw BybitErrors.unparseable(response, request);
        }
        if (envelope.retCode() != 0 && !accepted.contains(envelope.retCode())) {
            throw BybitErrors.fromRetCode(envelope.retCode(), scrub(envelope.retMsg(), request), response, request,
                    clock);
        }
        if (!response.isSuccess()) {
            throw BybitErrors.fromHttpStatus(response, request);
        }
        return envelope;
    }

    /** Bybit echoes the signed string, API key included, in some messages (10004): never pass the key on. */
    private static String scrub(String venueMessage, UpstreamRequest request) {
        return DryRunRequest.redact(venueMessage, request.headers().get(HEADER_API_KEY));
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    private JavaType page(Class<?> row) {
        return json.getTypeFactory().constructParametricType(BybitPage.class, row);
    }

    @Override
    public String toString() {
        return "BybitClient[" + upstream.baseUrl() + "]";
    }
}
