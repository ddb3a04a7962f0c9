package io.cerbero.mcp.core.upstream;

import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP exchange: the raw I/O under {@link ResilientUpstreamClient}. The app implements it on the
 * Micronaut HTTP client; tests use the JDK client. Returns every status; fails only for I/O failures.
 * Thread-safe.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Starts one exchange without blocking the caller.
     *
     * @param url     the absolute URL, already checked against the session's host
     * @param request method, headers and body to send byte for byte
     * @param timeout whole-exchange timeout
     * @return the answer, or a failure with {@link UpstreamTimeoutException} when the timeout elapses and
     *         {@link IOException} when the upstream cannot be reached or the exchange breaks
     */
    CompletableFuture<UpstreamResponse> exchangeAsync(URI url, UpstreamRequest request, Duration timeout);

    @Override
    default void close() {
    }

    /** The upstream did not answer in time. */
    final class UpstreamTimeoutException extends IOException {
        public UpstreamTimeoutException(String message) {
            super(message);
        }
    }
}
