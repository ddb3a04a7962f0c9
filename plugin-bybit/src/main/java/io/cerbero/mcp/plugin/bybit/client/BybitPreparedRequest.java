package io.cerbero.mcp.plugin.bybit.client;

import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.DryRunRequest;

import java.util.List;
import java.util.Objects;

/**
 * A signed request ready to send, kept so a dry run can show it exactly and a real call can send those same bytes.
 * {@link #toString()} shows no header.
 */
public final class BybitPreparedRequest {
    /** Headers whose values a dry run never shows. */
    public static final List<String> SECRET_HEADERS = List.of(BybitClient.HEADER_API_KEY, BybitClient.HEADER_SIGN);

    private final UpstreamRequest request;

    BybitPreparedRequest(UpstreamRequest request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    /** The signed request, exactly as it will be sent. */
    public UpstreamRequest request() {
        return request;
    }

    /** The request as it would go on the wire, with the API key and signature replaced by {@code ***}. */
    public DryRunRequest redacted() {
        return DryRunRequest.of(request, SECRET_HEADERS);
    }

    @Override
    public String toString() {
        return request.toString();
    }
}
