package io.cerbero.mcp.plugin.alpaca.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.alpaca.AlpacaErrors;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Bars;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.OptionSnapshots;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.StockSnapshot;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Account;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Asset;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Clock;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.OptionContract;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Order;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Position;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The raw Alpaca client: one method per venue endpoint, venue parameters in, venue DTOs out. Two upstreams: the
 * trading API (paper or live host, chosen by the host from the session's environment) and the market data API (one
 * host for both). Both get the session environment's key pair in {@code APCA-API-KEY-ID} /
 * {@code APCA-API-SECRET-KEY}, so a paper session never sends live keys anywhere.
 *
 * <p>GETs are idempotent (the host may retry them); writes are not and are only prepared here ({@code prepare…}:
 * the exact request, sent by {@link #submit}), so a dry run shows what a real call would send. Thread-safe.
 */
public final class AlpacaClient {
    public static final String HEADER_KEY_ID = "APCA-API-KEY-ID";
    public static final String HEADER_SECRET_KEY = "APCA-API-SECRET-KEY";
    /** Headers a dry run shows as {@code ***}. */
    public static final Set<String> SECRET_HEADERS = Set.of(HEADER_KEY_ID, HEADER_SECRET_KEY);

    private final UpstreamClient trading;
    private final UpstreamClient data;
    private final Supplier<AlpacaCredentials> credentials;
    private final ObjectMapper json = venueMapper();

    /**
     * @param trading     the host's client bound to this environment's trading URL
     * @param data        the host's client of the market data URL
     * @param credentials the environment's keys; throws NOT_CONFIGURED when they are not set
     */
    public AlpacaClient(UpstreamClient trading, UpstreamClient data, Supplier<AlpacaCredentials> credentials) {
        this.trading = Objects.requireNonNull(trading, "trading");
        this.data = Objects.requireNonNull(data, "data");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** A new mapper of Alpaca's wire format: core's venue mapper (exact decimals, unknown fields ignored) in snake_case. */
    public static ObjectMapper venueMapper() {
        return JsonMappers.venue().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /** The venue-format mapper (snake_case, exact decimals), for request bodies. */
    public ObjectMapper json() {
        return json;
    }

    // ------------------------------------------------------------------------------------------- trading reads

    /** <a href="https://docs.alpaca.markets/reference/getaccount-1">GET /v2/account</a> */
    public CompletableFuture<Account> accountAsync() {
        return getAsync(trading, "/v2/account", "", type(Account.class));
    }

    public Account account() {
        return get(trading, "/v2/account", "", type(Account.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/getallopenpositions-1">GET /v2/positions</a> */
    public CompletableFuture<List<Position>> positionsAsync() {
        return getAsync(trading, "/v2/positions", "", list(Position.class));
    }

    public List<Position> positions() {
        return get(trading, "/v2/positions", "", list(Position.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/getopenposition-1">GET /v2/positions/{symbol}</a>; 404 → empty. */
    public Optional<Position> position(String symbol) {
        return getOptional(trading, "/v2/positions/" + segment(symbol), "", type(Position.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/getallorders-1">GET /v2/orders</a> open orders, newest first. */
    public CompletableFuture<List<Order>> openOrdersAsync(String symbols, int limit) {
        return getAsync(trading, "/v2/orders", openOrdersQuery(symbols, limit), list(Order.class));
    }

    public List<Order> openOrders(int limit) {
        return get(trading, "/v2/orders", openOrdersQuery(null, limit), list(Order.class));
    }

    private static String openOrdersQuery(String symbols, int limit) {
        return AlpacaQuery.of().add("status", "open").add("limit", limit).add("direction", "desc")
                .add("nested", "true").add("symbols", symbols).build();
    }

    /** <a href="https://docs.alpaca.markets/reference/getorderbyorderid">GET /v2/orders/{order_id}</a> */
    public Order order(String orderId) {
        return get(trading, "/v2/orders/" + segment(orderId), "", type(Order.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/getorderbyclientorderid">GET /v2/orders:by_client_order_id</a>; 404 → empty. */
    public Optional<Order> orderByClientOrderId(String clientOrderId) {
        return getOptional(trading, "/v2/orders:by_client_order_id",
                AlpacaQuery.of().add("client_order_id", clientOrderId).build(), type(Order.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/get-v2-clock-1">GET /v2/clock</a> */
    public CompletableFuture<Clock> clockAsync() {
        return getAsync(trading, "/v2/clock", "", type(Clock.class));
    }

    public Clock clock() {
        return get(trading, "/v2/clock", "", type(Clock.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/get-v2-assets-symbol_or_asset_id">GET /v2/assets/{symbol}</a>; 404 → empty. */
    public Optional<Asset> asset(String symbol) {
        return getOptional(trading, "/v2/assets/" + segment(symbol), "", type(Asset.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/getoptioncontractsymbolorid">GET /v2/options/contracts/{symbol}</a>; 404 → empty. */
    public Optional<OptionContract> optionContract(String symbol) {
        return getOptional(trading, "/v2/options/contracts/" + segment(symbol), "", type(OptionContract.class));
    }

    // ---------------------------------------------------------------------------------------------- market data

    /** <a href="https://docs.alpaca.markets/reference/stockbars">GET /v2/stocks/bars</a>; {@code query} as built by the tool. */
    public CompletableFuture<Bars> stockBarsAsync(String query) {
        return getAsync(data, "/v2/stocks/bars", query, type(Bars.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/optionbars">GET /v1beta1/options/bars</a> */
    public CompletableFuture<Bars> optionBarsAsync(String query) {
        return getAsync(data, "/v1beta1/options/bars", query, type(Bars.class));
    }

    /** <a href="https://docs.alpaca.markets/reference/stocksnapshots-1">GET /v2/stocks/snapshots</a>: by symbol. */
    public CompletableFuture<Map<String, StockSnapshot>> stockSnapshotsAsync(List<String> symbols, String feed) {
        String query = AlpacaQuery.of().add("symbols", String.join(",", symbols)).add("feed", feed).build();
        return getAsync(data, "/v2/stocks/snapshots", query,
                json.getTypeFactory().constructMapType(Map.class, String.class, StockSnapshot.class));
    }

    public Map<String, StockSnapshot> stockSnapshots(List<String> symbols, String feed) {
        return join(stockSnapshotsAsync(symbols, feed));
    }

    /** <a href="https://docs.alpaca.markets/reference/optionsnapshots">GET /v1beta1/options/snapshots</a>: by OCC symbol. */
    public CompletableFuture<OptionSnapshots> optionSnapshotsAsync(List<String> symbols, String feed) {
        String query = AlpacaQuery.of().add("symbols", String.join(",", symbols)).add("feed", feed).build();
        return getAsync(data, "/v1beta1/options/snapshots", query, type(OptionSnapshots.class));
    }

    public OptionSnapshots optionSnapshots(List<String> symbols, String feed) {
        return join(optionSnapshotsAsync(symbols, feed));
    }

    /** <a href="https://docs.alpaca.markets/reference/optionchain">GET /v1beta1/options/snapshots/{underlying}</a>: one page. */
    public CompletableFuture<OptionSnapshots> optionChainAsync(String underlying, String query) {
        return getAsync(data, "/v1beta1/options/snapshots/" + segment(underlying), query,
                type(OptionSnapshots.class));
    }

    // ------------------------------------------------------------------------------------------------- writes

    /** <a href="https://docs.alpaca.markets/reference/postorder">POST /v2/orders</a>, prepared, not sent. */
    public UpstreamRequest prepareCreateOrder(ObjectNode body) {
        return authorized(new UpstreamRequest("POST", "/v2/orders", "", Map.of("Content-Type", "application/json"),
                write(body), false, "orders/create"));
    }

    /** <a href="https://docs.alpaca.markets/reference/patchorderbyorderid-1">PATCH /v2/orders/{id}</a> (replace). */
    public UpstreamRequest prepareReplaceOrder(String orderId, ObjectNode body) {
        return authorized(new UpstreamRequest("PATCH", "/v2/orders/" + segment(orderId), "",
                Map.of("Content-Type", "application/json"), write(body), false, "orders/replace"));
    }

    /** <a href="https://docs.alpaca.markets/reference/deleteorderbyorderid-1">DELETE /v2/orders/{id}</a> (204). */
    public UpstreamRequest prepareCancelOrder(String orderId) {
        return authorized(new UpstreamRequest("DELETE", "/v2/orders/" + segment(orderId), "", Map.of(), null, false,
                "orders/cancel"));
    }

    /**
     * <a href="https://docs.alpaca.markets/reference/deleteallorders-1">DELETE /v2/orders</a>: every open order;
     * answers 207 with one status per order.
     */
    public UpstreamRequest prepareCancelAllOrders() {
        return authorized(new UpstreamRequest("DELETE", "/v2/orders", "", Map.of(), null, false, "orders/cancel_all"));
    }

    /** The items of a 207 multi-status answer: {@code [{id | symbol, status, body?}]}. */
    public List<JsonNode> readMultiStatus(UpstreamResponse response, UpstreamRequest request) {
        JsonNode items = decode(response, request, type(JsonNode.class));
        if (!items.isArray()) {
            throw AlpacaErrors.unparseable(response, request);
        }
        List<JsonNode> out = new java.util.ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    /**
     * <a href="https://docs.alpaca.markets/reference/deleteopenposition-1">DELETE /v2/positions/{symbol}</a>, all of
     * it or {@code ?qty=} / {@code ?percentage=}; answers the closing order.
     */
    public UpstreamRequest prepareClosePosition(String symbol, String rawQuery) {
        return authorized(new UpstreamRequest("DELETE", "/v2/positions/" + segment(symbol), rawQuery, Map.of(),
                null, false, "positions/close"));
    }

    /** Sends a prepared write once (never retried by the host: it is not idempotent); a non-2xx is mapped. */
    public UpstreamResponse submit(UpstreamRequest request) {
        UpstreamResponse response = trading.send(request);
        if (!response.isSuccess()) {
            throw AlpacaErrors.fromResponse(response, request);
        }
        return response;
    }

    /** The order in a write's answer. */
    public Order readOrder(UpstreamResponse response, UpstreamRequest request) {
        return decode(response, request, type(Order.class));
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private <T> T get(UpstreamClient upstream, String path, String query, JavaType type) {
        UpstreamRequest request = authorized(UpstreamRequest.get(path, query));
        return decode(checked(upstream.send(request), request), request, type);
    }

    private <T> CompletableFuture<T> getAsync(UpstreamClient upstream, String path, String query, JavaType type) {
        UpstreamRequest request;
        try {
            request = authorized(UpstreamRequest.get(path, query));
        } catch (RuntimeException notConfigured) {
            return CompletableFuture.failedFuture(notConfigured);
        }
        return upstream.sendAsync(request).thenApply(response -> decode(checked(response, request), request, type));
    }

    private <T> Optional<T> getOptional(UpstreamClient upstream, String path, String query, JavaType type) {
        UpstreamRequest request = authorized(UpstreamRequest.get(path, query));
        UpstreamResponse response = upstream.send(request);
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.ofNullable(decode(checked(response, request), request, type));
    }

    private static UpstreamResponse checked(UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            throw AlpacaErrors.fromResponse(response, request);
        }
        return response;
    }

    private <T> T decode(UpstreamResponse response, UpstreamRequest request, JavaType type) {
        try {
            T value = json.readValue(response.body(), type);
            if (value == null) {
                throw AlpacaErrors.unparseable(response, request);
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw AlpacaErrors.unparseable(response, request);
        }
    }

    /** The two key headers of this environment; NOT_CONFIGURED when the keys are not set. */
    private UpstreamRequest authorized(UpstreamRequest request) {
        AlpacaCredentials keys = credentials.get();
        return request.withHeader(HEADER_KEY_ID, keys.keyId().reveal())
                .withHeader(HEADER_SECRET_KEY, keys.secretKey().reveal());
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a request body", e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (io.cerbero.mcp.core.concurrent.Completions.unwrap(e) instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A path segment: symbols are checked tokens already, but OCC ids and '/' in crypto pairs must stay one segment. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    private JavaType list(Class<?> row) {
        return json.getTypeFactory().constructCollectionType(List.class, row);
    }

    @Override
    public String toString() {
        return "AlpacaClient[trading=" + trading.baseUrl() + ", data=" + data.baseUrl() + "]";
    }
}
