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

    /** The connection could not be made (refused, DNS, TLS handshake, no route): nothing was sent. */
    final class UpstreamConnectException extends IOException {
        public UpstreamConnectException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * The failure as the transport reports it: {@link UpstreamConnectException} with a plain reason when the cause
     * chain shows the connection was never made, else an {@link IOException} naming what broke.
     */
    static IOException classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return new UpstreamConnectException("connection refused", failure);
            }
            if (t instanceof java.net.UnknownHostException) {
                return new UpstreamConnectException("DNS lookup failed (unknown host)", failure);
            }
            if (t instanceof java.net.NoRouteToHostException) {
                return new UpstreamConnectException("no route to host", failure);
            }
            if (t instanceof javax.net.ssl.SSLHandshakeException) {
                return new UpstreamConnectException("TLS handshake failed", failure);
            }
        }
        return failure instanceof IOException io ? io
                : new IOException("connection failed (" + failure.getClass().getSimpleName() + ")", failure);
    }

    /** The upstream did not answer in time. */
    final class UpstreamTimeoutException extends IOException {
        public UpstreamTimeoutException(String message) {
            super(message);
        }
    }
}
