package io.cerbero.mcp.core.spi;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The host's HTTP client for one upstream of one session, bound to that environment's base URL.
 *
 * <p>The host owns timeouts, retries (idempotent requests only, with jittered backoff), the upstream's budget
 * ({@link Upstream.UpstreamLimits}) and a circuit breaker per (plugin, environment, upstream). It refuses any request
 * that would leave its base host. Every attempt, retries included, spends the request's
 * {@link UpstreamRequest#weight() weight} of the budget; when the budget is short, the calls of different bots
 * waiting on it are served in turn (round-robin by bot tag); a venue 429 that says when to come back holds every
 * call of that upstream until then.
 *
 * <p>Errors it raises itself: timeout → {@code UPSTREAM_TIMEOUT}; connection failure, 5xx, open circuit →
 * {@code UPSTREAM_ERROR}; HTTP 429 or local rate limit → {@code RATE_LIMIT} with the retry-after when known.
 * Every other status is returned for the plugin to interpret in the venue's terms.
 *
 * <p>Thread-safe.
 */
public interface UpstreamClient {

    /** Sends a request and waits for the answer; see the class comment for what throws. */
    UpstreamResponse send(UpstreamRequest request);

    /**
     * Sends a request without blocking the caller: the one to use from an {@link AsyncTool}. The future fails
     * with the same {@link ToolException} that {@link #send} would throw; dependent stages may run on an I/O
     * thread of the host, so they must not block either.
     */
    CompletableFuture<UpstreamResponse> sendAsync(UpstreamRequest request);

    /** The base URL this client is bound to. */
    URI baseUrl();
}
