package io.cerbero.mcp.app.metrics;

import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.core.upstream.HttpTransport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every exchange with a venue ({@code mcp_upstream_calls_seconds}) by host and outcome:
 * {@code 2xx}, {@code 3xx}, {@code 4xx}, {@code 429}, {@code 5xx}, {@code timeout}, {@code connect_error} or
 * {@code io_error}. Hosts come from the configured base URLs, so their number is bounded.
 */
public final class MeteredHttpTransport implements HttpTransport {
    private final HttpTransport delegate;
    private final MeterRegistry registry;

    MeteredHttpTransport(HttpTransport delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public CompletableFuture<UpstreamResponse> exchangeAsync(URI url, UpstreamRequest request, Duration timeout) {
        long start = System.nanoTime();
        return delegate.exchangeAsync(url, request, timeout).whenComplete((response, failure) ->
                Timer.builder("mcp.upstream.calls")
                        .description("exchanges with venues by host and outcome")
                        .tags("host", String.valueOf(url.getHost()), "outcome", outcome(response, failure))
                        .register(registry)
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
    }

    static String outcome(UpstreamResponse response, Throwable failure) {
        if (failure != null) {
            Throwable cause = io.cerbero.mcp.core.concurrent.Completions.unwrap(failure);
            if (cause instanceof UpstreamConnectException) {
                return "connect_error";
            }
            return cause instanceof UpstreamTimeoutException ? "timeout" : "io_error";
        }
        int status = response.status();
        return status == 429 ? "429" : (status / 100) + "xx";
    }

    /** The transport that does the I/O. */
    public HttpTransport delegate() {
        return delegate;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
