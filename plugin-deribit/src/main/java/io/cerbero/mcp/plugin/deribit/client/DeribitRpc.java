package io.cerbero.mcp.plugin.deribit.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.deribit.DeribitErrors;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over HTTP, Deribit's way: the method name is the path ({@code /public/ticker} under the base URL
 * {@code …/api/v2}); reads are GETs with the parameters in the query string, writes are POSTs of a JSON-RPC body.
 * Answers are read as one envelope: an {@code error} member is a failure whatever the HTTP status. Thread-safe.
 */
public final class DeribitRpc {
    private final UpstreamClient upstream;
    private final ObjectMapper json;
    private final AtomicLong ids = new AtomicLong();

    public DeribitRpc(UpstreamClient upstream, ObjectMapper venueJson) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.json = Objects.requireNonNull(venueJson, "venueJson");
    }

    /** {@code GET /<method>?<query>}: idempotent, so the host may retry it. */
    public UpstreamRequest get(String method, String query) {
        return new UpstreamRequest("GET", "/" + method, query, null, null, true, method)
                .withWeight(DeribitCredits.of(method));
    }

    /**
     * {@code POST /<method>} with {@code {"jsonrpc":"2.0","id":n,"method":"<method>","params":{…}}}; not
     * idempotent (the host never retries it) unless the caller says otherwise.
     */
    public UpstreamRequest post(String method, ObjectNode params) {
        ObjectNode body = json.createObjectNode();
        body.put("jsonrpc", "2.0");
        body.put("id", ids.incrementAndGet());
        body.put("method", method);
        body.set("params", params);
        try {
            return new UpstreamRequest("POST", "/" + method, "", java.util.Map.of("Content-Type", "application/json"),
                    json.writeValueAsString(body), false, method).withWeight(DeribitCredits.of(method));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON-RPC body", e);
        }
    }

    public ObjectNode params() {
        return json.createObjectNode();
    }

    public CompletableFuture<DeribitReply> sendAsync(UpstreamRequest request) {
        return upstream.sendAsync(request).thenApply(response -> read(response, request));
    }

    /** Sends once through the host (which never retries a non-idempotent request). */
    public DeribitReply send(UpstreamRequest request) {
        return read(upstream.send(request), request);
    }

    /** The result as a venue DTO. */
    public <T> T convert(JsonNode result, JavaType type, UpstreamRequest request) {
        try {
            return json.convertValue(result, type);
        } catch (IllegalArgumentException e) {
            throw DeribitErrors.unexpectedResult(request, "cannot read it as " + type.getRawClass().getSimpleName());
        }
    }

    public ObjectMapper json() {
        return json;
    }

    public java.net.URI baseUrl() {
        return upstream.baseUrl();
    }

    private DeribitReply read(UpstreamResponse response, UpstreamRequest request) {
        JsonNode envelope;
        try {
            envelope = json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw DeribitErrors.unparseable(response, request);
        }
        if (envelope == null || !envelope.isObject()) {
            throw DeribitErrors.unparseable(response, request);
        }
        Instant at = envelope.path("usOut").canConvertToLong() && envelope.path("usOut").asLong() > 0
                ? Instant.EPOCH.plusNanos(envelope.path("usOut").asLong() * 1000) : null;
        JsonNode error = envelope.get("error");
        if (error != null && !error.isNull()) {
            JsonNode data = error.path("data");
            return DeribitReply.failed(new DeribitRpcError(error.path("code").asInt(),
                    text(error.get("message")), text(data.get("reason")), text(data.get("param"))), at, request);
        }
        if (!envelope.has("result")) {
            throw DeribitErrors.unparseable(response, request);
        }
        return DeribitReply.ok(envelope.get("result"), at, request, this);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }

    @Override
    public String toString() {
        return "DeribitRpc[" + upstream.baseUrl() + "]";
    }
}
