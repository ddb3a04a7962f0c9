package io.cerbero.mcp.plugin.bybit.client;

import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A signed request ready to send, kept so a dry run can show it exactly and a real call can send those same bytes.
 * {@link #toString()} shows no header.
 */
public final class BybitPreparedRequest {
    static final String REDACTED = "***";

    private final UpstreamRequest request;

    BybitPreparedRequest(UpstreamRequest request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    UpstreamRequest request() {
        return request;
    }

    /** The request as it would go on the wire, with the API key and signature replaced by {@code ***}. */
    public View redacted() {
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach((name, value) -> headers.put(name,
                name.equalsIgnoreCase(BybitClient.HEADER_API_KEY) || name.equalsIgnoreCase(BybitClient.HEADER_SIGN)
                        ? REDACTED : value));
        return new View(request.method(), request.path(), request.rawQuery().isEmpty() ? null : request.rawQuery(),
                request.body(), new LinkedHashMap<>(headers));
    }

    @Override
    public String toString() {
        return request.toString();
    }

    /**
     * A dry run's picture of the request.
     *
     * @param method  GET or POST
     * @param path    venue path
     * @param query   raw query string as signed and sent (GET), else absent
     * @param body    raw JSON body as signed and sent (POST), else absent
     * @param headers headers as sent, key and signature redacted
     */
    public record View(String method, String path, String query, String body, Map<String, String> headers) {
    }
}
