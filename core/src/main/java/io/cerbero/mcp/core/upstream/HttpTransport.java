package io.cerbero.mcp.core.upstream;

import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Sends one HTTP exchange: the raw I/O under {@link ResilientUpstreamClient}. The app implements it on the
 * Micronaut HTTP client; tests use the JDK client. Returns every status; throws only for I/O failures.
 * Thread-safe.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * @param url     the absolute URL, already checked against the session's host
     * @param request method, headers and body to send byte for byte
     * @param timeout whole-exchange timeout
     * @throws UpstreamTimeoutException when the timeout elapses
     * @throws IOException              when the upstream cannot be reached or the exchange breaks
     */
    UpstreamResponse exchange(URI url, UpstreamRequest request, Duration timeout) throws IOException;

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
