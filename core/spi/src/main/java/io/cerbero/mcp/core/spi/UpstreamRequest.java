package io.cerbero.mcp.core.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request to an upstream, relative to the session's base URL. The query string and body are sent byte
 * for byte as given, so a plugin can sign exactly what goes on the wire.
 *
 * @param method     GET, POST, PUT, PATCH or DELETE
 * @param path       absolute path on the upstream host: {@code /v5/market/tickers}
 * @param rawQuery   already-encoded query string without {@code ?}, or empty
 * @param headers    extra headers (auth, signature)
 * @param body       request body, or {@code null}
 * @param idempotent whether the host may retry it on a transient failure; never true for order placement
 * @param endpoint   short label for logs and metrics: {@code order/create}
 * @param weight     units of the upstream's {@link Upstream.Budget} this request costs, each attempt (1 unless the
 *                   venue weighs requests: Hyperliquid {@code /info} types, Deribit credits); at least 1
 */
public record UpstreamRequest(String method, String path, String rawQuery, Map<String, String> headers, String body,
                              boolean idempotent, String endpoint, int weight) {

    public UpstreamRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        endpoint = endpoint == null ? path : endpoint;
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be >= 1, got " + weight);
        }
    }

    /** A request of weight 1. */
    public UpstreamRequest(String method, String path, String rawQuery, Map<String, String> headers, String body,
                           boolean idempotent, String endpoint) {
        this(method, path, rawQuery, headers, body, idempotent, endpoint, 1);
    }

    /** An idempotent GET. */
    public static UpstreamRequest get(String path, String rawQuery) {
        return new UpstreamRequest("GET", path, rawQuery, Map.of(), null, true, path);
    }

    /** A non-idempotent POST of a JSON body: never retried by the host. */
    public static UpstreamRequest postJson(String path, String jsonBody) {
        return new UpstreamRequest("POST", path, "", Map.of("Content-Type", "application/json"), jsonBody, false, path);
    }

    public UpstreamRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new UpstreamRequest(method, path, rawQuery, copy, body, idempotent, endpoint, weight);
    }

    public UpstreamRequest withIdempotent(boolean value) {
        return new UpstreamRequest(method, path, rawQuery, headers, body, value, endpoint, weight);
    }

    /** This request costing {@code value} units of the upstream's budget per attempt (the venue's weight). */
    public UpstreamRequest withWeight(int value) {
        return new UpstreamRequest(method, path, rawQuery, headers, body, idempotent, endpoint, value);
    }

    /** Path plus query, as sent. */
    public String pathAndQuery() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    /** Headers are left out: they carry signatures and keys. */
    @Override
    public String toString() {
        return method + " " + pathAndQuery();
    }
}
