package io.cerbero.mcp.plugin.hyperliquid.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidErrors;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.ClearinghouseState;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.OpenOrder;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.OrderStatus;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.AssetCtx;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.Candle;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.Funding;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.L2Book;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.Meta;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.MetaAndCtxs;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.SpotCtx;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.SpotMeta;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.SpotMetaAndCtxs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The raw Hyperliquid client: {@code POST /info} requests (public and per-user reads, idempotent, so the host may
 * retry them and a dry run may make them) and {@code POST /exchange} (signed actions, never idempotent, never
 * retried). Venue parameters in, venue DTOs out; no rounding or policy here. Docs:
 * <a href="https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint">info</a>,
 * <a href="https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/exchange-endpoint">exchange</a>.
 * Thread-safe.
 */
public final class HyperliquidClient {
    public static final String INFO = "/info";
    public static final String EXCHANGE = "/exchange";

    private final UpstreamClient upstream;
    private final ObjectMapper json = JsonMappers.venue();

    public HyperliquidClient(UpstreamClient upstream) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
    }

    // ------------------------------------------------------------------------------------------ public /info

    /** {@code meta}: the perp universe (asset index = position) with szDecimals and max leverage. */
    public Meta meta() {
        return info(infoBody("meta"), type(Meta.class));
    }

    public CompletableFuture<Meta> metaAsync() {
        return infoAsync(infoBody("meta"), node -> convert(node, type(Meta.class)));
    }

    /** {@code metaAndAssetCtxs}: the universe and, aligned with it, mark/mid/oracle prices, funding, OI. */
    public CompletableFuture<MetaAndCtxs> metaAndAssetCtxsAsync() {
        return infoAsync(infoBody("metaAndAssetCtxs"), this::metaAndCtxs);
    }

    public MetaAndCtxs metaAndAssetCtxs() {
        return infoTree(infoBody("metaAndAssetCtxs"), this::metaAndCtxs);
    }

    /** {@code spotMetaAndAssetCtxs}: spot pairs, tokens and their prices. */
    public CompletableFuture<SpotMetaAndCtxs> spotMetaAndAssetCtxsAsync() {
        return infoAsync(infoBody("spotMetaAndAssetCtxs"), node -> new SpotMetaAndCtxs(
                convert(element(node, 0), type(SpotMeta.class)), convert(element(node, 1), list(SpotCtx.class))));
    }

    /** {@code allMids}: mid price per coin (spot pairs as {@code @N}). */
    public Map<String, BigDecimal> allMids() {
        return info(infoBody("allMids"), json.getTypeFactory().constructMapType(Map.class, String.class,
                BigDecimal.class));
    }

    public CompletableFuture<Map<String, BigDecimal>> allMidsAsync() {
        return infoAsync(infoBody("allMids"), node -> convert(node, json.getTypeFactory().constructMapType(Map.class,
                String.class, BigDecimal.class)));
    }

    /** {@code l2Book} (≤ 20 levels a side); null when the venue knows no such coin. */
    public CompletableFuture<L2Book> l2BookAsync(String coin, Integer nSigFigs) {
        ObjectNode body = infoBody("l2Book").put("coin", coin);
        if (nSigFigs != null) {
            body.put("nSigFigs", nSigFigs);
        }
        return infoAsync(body, node -> node.isNull() ? null : convert(node, type(L2Book.class)));
    }

    /** {@code candleSnapshot} between two epoch-ms times, oldest first. */
    public CompletableFuture<List<Candle>> candlesAsync(String coin, String interval, long startTime, long endTime) {
        ObjectNode body = infoBody("candleSnapshot");
        body.putObject("req").put("coin", coin).put("interval", interval).put("startTime", startTime)
                .put("endTime", endTime);
        return infoAsync(body, node -> convertList(node, Candle.class));
    }

    /** {@code fundingHistory}: hourly rates from {@code startTime}, oldest first. */
    public CompletableFuture<List<Funding>> fundingHistoryAsync(String coin, long startTime, Long endTime) {
        ObjectNode body = infoBody("fundingHistory").put("coin", coin).put("startTime", startTime);
        if (endTime != null) {
            body.put("endTime", endTime);
        }
        return infoAsync(body, node -> convertList(node, Funding.class));
    }

    // ---------------------------------------------------------------------------------------- per-user /info

    /** {@code clearinghouseState}: the user's perp positions and margin. */
    public ClearinghouseState clearinghouseState(String user) {
        return info(infoBody("clearinghouseState").put("user", user), type(ClearinghouseState.class));
    }

    public CompletableFuture<ClearinghouseState> clearinghouseStateAsync(String user) {
        return infoAsync(infoBody("clearinghouseState").put("user", user),
                node -> convert(node, type(ClearinghouseState.class)));
    }

    /** {@code frontendOpenOrders}: resting orders with type, trigger and reduce-only flags. */
    public List<OpenOrder> frontendOpenOrders(String user) {
        return info(infoBody("frontendOpenOrders").put("user", user), list(OpenOrder.class));
    }

    public CompletableFuture<List<OpenOrder>> frontendOpenOrdersAsync(String user) {
        return infoAsync(infoBody("frontendOpenOrders").put("user", user), node -> convertList(node, OpenOrder.class));
    }

    /** {@code orderStatus} by cloid ({@code 0x…} hex). */
    public OrderStatus orderStatusByCloid(String user, String cloid) {
        return info(infoBody("orderStatus").put("user", user).put("oid", cloid), type(OrderStatus.class));
    }

    // ------------------------------------------------------------------------------------------- /exchange

    /**
     * The exact {@code POST /exchange} request of a signed action:
     * {@code {"action", "nonce", "signature": {"r", "s", "v"}, "vaultAddress": null, "expiresAfter": null}}.
     */
    public UpstreamRequest exchangeRequest(JsonNode action, long nonce, HyperliquidSignature signature) {
        ObjectNode body = json.createObjectNode();
        body.set("action", action);
        body.put("nonce", nonce);
        body.putObject("signature").put("r", signature.rHex()).put("s", signature.sHex()).put("v", signature.v());
        body.putNull("vaultAddress");
        body.putNull("expiresAfter");
        String endpoint = "exchange/" + action.path("type").asText();
        return new UpstreamRequest("POST", EXCHANGE, "", Map.of("Content-Type", "application/json"), write(body),
                false, endpoint).withWeight(HyperliquidWeights.exchange(action));
    }

    /**
     * Sends a prepared {@code /exchange} request once and returns its {@code response} object; a
     * {@code status "err"} answer throws. Per-item errors inside an "ok" answer are the caller's to read.
     */
    public JsonNode exchange(UpstreamRequest request) {
        UpstreamResponse response = upstream.send(request);
        JsonNode answer = readTree(response, request.endpoint());
        String status = answer.path("status").asText("");
        if ("err".equals(status)) {
            throw HyperliquidErrors.actionRefused(answer.path("response").asText(""), request.endpoint());
        }
        if (!"ok".equals(status)) {
            throw HyperliquidErrors.unparseable(request.endpoint());
        }
        return answer.path("response");
    }

    // --------------------------------------------------------------------------------------------- plumbing

    private ObjectNode infoBody(String type) {
        return json.createObjectNode().put("type", type);
    }

    private UpstreamRequest infoRequest(ObjectNode body) {
        String type = body.path("type").asText();
        return new UpstreamRequest("POST", INFO, "", Map.of("Content-Type", "application/json"), write(body), true,
                "info/" + type).withWeight(HyperliquidWeights.info(type));
    }

    private <T> T info(ObjectNode body, JavaType type) {
        return infoTree(body, node -> convert(node, type));
    }

    private <T> T infoTree(ObjectNode body, Function<JsonNode, T> read) {
        UpstreamRequest request = infoRequest(body);
        return parse(upstream.send(request), request.endpoint(), read);
    }

    private <T> CompletableFuture<T> infoAsync(ObjectNode body, Function<JsonNode, T> read) {
        UpstreamRequest request = infoRequest(body);
        return upstream.sendAsync(request).thenApply(response -> parse(response, request.endpoint(), read));
    }

    private <T> T parse(UpstreamResponse response, String endpoint, Function<JsonNode, T> read) {
        JsonNode node = readTree(response, endpoint);
        try {
            return read.apply(node);
        } catch (IllegalArgumentException e) {
            throw HyperliquidErrors.unparseable(endpoint);
        }
    }

    private JsonNode readTree(UpstreamResponse response, String endpoint) {
        if (!response.isSuccess()) {
            throw HyperliquidErrors.httpStatus(response, endpoint);
        }
        try {
            JsonNode node = json.readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw HyperliquidErrors.unparseable(endpoint);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw HyperliquidErrors.unparseable(endpoint);
        }
    }

    private MetaAndCtxs metaAndCtxs(JsonNode node) {
        return new MetaAndCtxs(convert(element(node, 0), type(Meta.class)), convert(element(node, 1),
                list(AssetCtx.class)));
    }

    private static JsonNode element(JsonNode node, int index) {
        if (!node.isArray() || node.size() <= index) {
            throw new IllegalArgumentException("expected a two-element array");
        }
        return node.get(index);
    }

    private <T> T convert(JsonNode node, JavaType type) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("null answer");
        }
        return json.convertValue(node, type);
    }

    private <T> List<T> convertList(JsonNode node, Class<T> element) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("expected an array");
        }
        return convert(node, list(element));
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    private JavaType list(Class<?> element) {
        return json.getTypeFactory().constructCollectionType(List.class, element);
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a request body", e);
        }
    }

    /** The venue JSON mapper, for building actions. */
    public ObjectMapper json() {
        return json;
    }

    @Override
    public String toString() {
        return "HyperliquidClient[" + upstream.baseUrl() + "]";
    }
}
