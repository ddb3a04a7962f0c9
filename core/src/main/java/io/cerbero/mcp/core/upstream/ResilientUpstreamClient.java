package io.cerbero.mcp.core.upstream;

import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.invoke.DryRunGuard;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.Upstream.UpstreamLimits;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The host's {@link UpstreamClient}: one per (plugin, environment, upstream), owning that key's rate limiter,
 * circuit breaker and retry policy, and pinned to one base URL.
 *
 * <p>Order of defences: host pinning → local rate limit → circuit breaker → transport, with retries around the
 * breaker only for requests marked idempotent (order placement never is).
 */
public final class ResilientUpstreamClient implements UpstreamClient {
    /** How long a call may wait (without holding a thread) for a local rate-limit permit before RATE_LIMIT. */
    static final Duration PERMIT_WAIT = Duration.ofSeconds(2);

    private final String name;
    private final URI baseUrl;
    private final String base;
    private final HttpTransport transport;
    private final UpstreamLimits limits;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final DryRunGuard dryRun;

    public ResilientUpstreamClient(String name, URI baseUrl, HttpTransport transport, UpstreamLimits limits,
                                   Clock clock) {
        this(name, baseUrl, transport, limits, clock, new DryRunGuard());
    }

    public ResilientUpstreamClient(String name, URI baseUrl, HttpTransport transport, UpstreamLimits limits,
                                   Clock clock, DryRunGuard dryRun) {
        this.dryRun = Objects.requireNonNull(dryRun, "dryRun");
        this.name = Objects.requireNonNull(name, "name");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.transport = Objects.requireNonNull(transport, "transport");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rateLimiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(limits.requestsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(PERMIT_WAIT)
                .build());
        this.circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(15))
                .recordException(ResilientUpstreamClient::isTransientFailure)
                .build());
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(limits.maxRetries() + 1)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(100), 2.0, 0.5))
                .retryOnException(ResilientUpstreamClient::isRetryableFailure)
                .build());
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public UpstreamResponse send(UpstreamRequest request) {
        try {
            return sendAsync(request).join();
        } catch (CompletionException e) {
            throw (ToolException) e.getCause(); // sendAsync fails only with ToolException
        }
    }

    @Override
    public CompletableFuture<UpstreamResponse> sendAsync(UpstreamRequest request) {
        URI url;
        long permitWaitNanos;
        try {
            dryRun.check(request);
            url = pinnedUrl(request);
            permitWaitNanos = rateLimiter.reservePermission();
        } catch (ToolException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (permitWaitNanos < 0) {
            return CompletableFuture.failedFuture(ToolException.of(ErrorCode.RATE_LIMIT,
                            "gateway rate limit for " + name + " reached")
                    .withRetryAfter(Duration.ofSeconds(1))
                    .withDetail(RejectedBy.DETAIL, RejectedBy.RATE_LIMITER)
                    .withFix("slow down: this upstream allows " + limits.requestsPerSecond() + " requests per second"));
        }
        CompletableFuture<UpstreamResponse> answer = new CompletableFuture<>();
        Retry.AsyncContext<UpstreamResponse> retries = request.idempotent() ? retry.asyncContext() : null;
        Runnable first = () -> attempt(url, request, retries, answer);
        if (permitWaitNanos == 0) {
            first.run();
        } else {
            CompletableFuture.delayedExecutor(permitWaitNanos, TimeUnit.NANOSECONDS).execute(first);
        }
        return answer;
    }

    /** One try through the breaker; a retryable failure schedules the next try after the retry policy's backoff. */
    private void attempt(URI url, UpstreamRequest request, Retry.AsyncContext<UpstreamResponse> retries,
                         CompletableFuture<UpstreamResponse> answer) {
        viaBreaker(url, request).whenComplete((response, failure) -> {
            if (failure == null) {
                if (retries != null) {
                    retries.onComplete();
                }
                answer.complete(response);
                return;
            }
            Throwable cause = Completions.unwrap(failure);
            long backoffMillis = retries == null ? -1 : retries.onError(cause);
            if (backoffMillis < 0) {
                answer.completeExceptionally(asToolException(cause, request));
            } else {
                CompletableFuture.delayedExecutor(backoffMillis, TimeUnit.MILLISECONDS)
                        .execute(() -> attempt(url, request, retries, answer));
            }
        });
    }

    private CompletableFuture<UpstreamResponse> viaBreaker(URI url, UpstreamRequest request) {
        if (!circuitBreaker.tryAcquirePermission()) {
            return CompletableFuture.failedFuture(CallNotPermittedException.createCallNotPermittedException(circuitBreaker));
        }
        long start = System.nanoTime();
        CompletableFuture<UpstreamResponse> exchange;
        try {
            exchange = transport.exchangeAsync(url, request, limits.timeout()).thenApply(this::checkStatus);
        } catch (RuntimeException e) {
            exchange = CompletableFuture.failedFuture(e);
        }
        return exchange.whenComplete((response, failure) -> {
            long elapsed = System.nanoTime() - start;
            if (failure == null) {
                circuitBreaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
            } else {
                circuitBreaker.onError(elapsed, TimeUnit.NANOSECONDS, Completions.unwrap(failure));
            }
        });
    }

    /** A 429 and a 5xx become failures here so the breaker and the retry policy see them. */
    private UpstreamResponse checkStatus(UpstreamResponse response) {
        if (response.status() == 429) {
            ToolException limited = ToolException.of(ErrorCode.RATE_LIMIT, name + " rate limit reached (HTTP 429)")
                    .withFix("wait before retrying");
            throw RetryAfter.from(response, clock).map(limited::withRetryAfter).orElse(limited);
        }
        if (response.status() >= 500) {
            throw new TransientUpstreamStatus(ToolException.of(ErrorCode.UPSTREAM_ERROR,
                    name + " answered HTTP " + response.status()));
        }
        return response;
    }

    private ToolException asToolException(Throwable failure, UpstreamRequest request) {
        if (failure instanceof ToolException e) {
            return e;
        }
        if (failure instanceof CallNotPermittedException) {
            return ToolException.of(ErrorCode.UPSTREAM_ERROR, name + " is failing; calls paused by the circuit breaker")
                    .withRetryAfter(Duration.ofSeconds(15))
                    .withDetail(RejectedBy.DETAIL, RejectedBy.CIRCUIT_BREAKER);
        }
        if (failure instanceof TransientUpstreamStatus e) {
            return e.error;
        }
        if (failure instanceof HttpTransport.UpstreamTimeoutException) {
            return outcomeUnknownIfWrite(ToolException.of(ErrorCode.UPSTREAM_TIMEOUT, name + " did not answer within "
                    + limits.timeout().toMillis() + " ms (" + request.method() + " " + request.path() + ")"), request);
        }
        if (failure instanceof HttpTransport.UpstreamConnectException) {
            return ToolException.of(ErrorCode.UPSTREAM_ERROR, name + " unreachable: " + failure.getMessage()
                    + "; nothing was sent");
        }
        if (failure instanceof IOException) {
            String what = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return outcomeUnknownIfWrite(ToolException.of(ErrorCode.UPSTREAM_ERROR, name + " connection failed: "
                    + what), request);
        }
        return ToolException.of(ErrorCode.UPSTREAM_ERROR, name + " call failed: " + failure.getClass().getSimpleName());
    }

    /**
     * A write that may have reached the venue (the request left, then the answer timed out or the connection
     * broke) must not look safely retryable: it says {@code outcome: unknown}, and core's order pipeline
     * reconciles it by client order id.
     */
    private static ToolException outcomeUnknownIfWrite(ToolException e, UpstreamRequest request) {
        if (request.idempotent()) {
            return e;
        }
        return e.withRetryable(false)
                .withDetail(io.cerbero.mcp.core.spi.ErrorDetails.OUTCOME, io.cerbero.mcp.core.spi.ErrorDetails.OUTCOME_UNKNOWN)
                .withDetail(io.cerbero.mcp.core.spi.ErrorDetails.ENDPOINT, request.path())
                .withFix("the request may have reached the venue: look the order up by its client order id before "
                        + "sending it again");
    }

    /** Refuses any URL whose scheme, host or port is not the base URL's: defence in depth behind config routing. */
    private URI pinnedUrl(UpstreamRequest request) {
        URI url;
        try {
            url = URI.create(base + request.pathAndQuery());
        } catch (IllegalArgumentException e) {
            throw ToolException.invalidInput("request path or query is not a valid URL part: " + request.path());
        }
        if (!Objects.equals(url.getScheme(), baseUrl.getScheme()) || !Objects.equals(url.getHost(), baseUrl.getHost())
                || url.getPort() != baseUrl.getPort()) {
            throw ToolException.of(ErrorCode.UNHANDLED_EXCEPTION, "refused: request would leave " + name + "'s host");
        }
        return url;
    }

    /** A timeout is not retried: the caller already waited the whole budget, and the venue is likely overloaded. */
    private static boolean isRetryableFailure(Throwable e) {
        return isTransientFailure(e) && !(e instanceof HttpTransport.UpstreamTimeoutException);
    }

    private static boolean isTransientFailure(Throwable e) {
        return e instanceof IOException || e instanceof TransientUpstreamStatus;
    }

    /** A 5xx, carried through the breaker and the retry policy as a recordable failure, then unwrapped. */
    private static final class TransientUpstreamStatus extends RuntimeException {
        private final ToolException error;

        TransientUpstreamStatus(ToolException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }

    @Override
    public String toString() {
        return "UpstreamClient[" + name + " → " + baseUrl + "]";
    }
}
