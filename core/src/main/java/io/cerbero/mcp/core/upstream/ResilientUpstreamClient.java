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
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The host's {@link UpstreamClient}: one per (plugin, environment, upstream), owning that key's rate limiter,
 * circuit breaker and retry policy, and pinned to one base URL.
 *
 * <p>Order of defences: host pinning → the upstream's budget → circuit breaker → transport, with retries only for
 * requests marked idempotent (order placement never is). Every attempt, retries included, takes the request's
 * weight from the budget before it leaves ({@link FairPermits}: round-robin between the bots waiting on it). A 429
 * that says when to come back (Retry-After, X-Ratelimit-Reset, X-Bapi-Limit-Reset-Timestamp) pauses the whole
 * budget until then; an idempotent request is retried after that pause when it is short, else the caller gets
 * RATE_LIMIT with the venue's wait.
 */
public final class ResilientUpstreamClient implements UpstreamClient {
    /**
     * How long a call may wait (without holding a thread) for its turn in the budget before RATE_LIMIT, on top of
     * the time the budget takes to refill the request's weight.
     */
    static final Duration PERMIT_WAIT = Duration.ofSeconds(2);

    private final String name;
    private final URI baseUrl;
    private final String base;
    private final HttpTransport transport;
    private final UpstreamLimits limits;
    private final Clock clock;
    private final FairPermits permits;
    private final PermitTimer timer;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final DryRunGuard dryRun;

    public ResilientUpstreamClient(String name, URI baseUrl, HttpTransport transport, UpstreamLimits limits,
                                   Clock clock) {
        this(name, baseUrl, transport, limits, clock, new DryRunGuard());
    }

    public ResilientUpstreamClient(String name, URI baseUrl, HttpTransport transport, UpstreamLimits limits,
                                   Clock clock, DryRunGuard dryRun) {
        this(name, baseUrl, transport, limits, clock, dryRun, PermitTimer.delayed());
    }

    /**
     * @param dryRun the host's guard; its {@link DryRunGuard#caller()} names the bot a send is for
     * @param timer  schedules queued calls' turns, their deadlines and retry backoffs, and times the budget (the
     *               other constructors: real time, whatever {@code clock} says; specs drive a hand timer)
     */
    public ResilientUpstreamClient(String name, URI baseUrl, HttpTransport transport, UpstreamLimits limits,
                                   Clock clock, DryRunGuard dryRun, PermitTimer timer) {
        this.timer = Objects.requireNonNull(timer, "timer");
        this.dryRun = Objects.requireNonNull(dryRun, "dryRun");
        this.name = Objects.requireNonNull(name, "name");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.transport = Objects.requireNonNull(transport, "transport");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.permits = new FairPermits(name, limits.budget(), timer, PERMIT_WAIT);
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
        try {
            dryRun.check(request);
            url = pinnedUrl(request);
        } catch (ToolException e) {
            return CompletableFuture.failedFuture(e);
        }
        Call call = new Call(url, request, dryRun.caller().current().orElse(null),
                request.idempotent() ? retry.asyncContext() : null, new CompletableFuture<>());
        permitThenAttempt(call);
        return call.answer;
    }

    /** What the budget and usage counters say about this upstream so far. */
    public BudgetCounters budgetCounters() {
        return permits.counters();
    }

    /** Takes the request's weight from the budget (in the caller's turn), then tries once. */
    private void permitThenAttempt(Call call) {
        CompletableFuture<Void> permit = permits.acquire(call.caller == null ? "" : call.caller,
                call.request.weight());
        if (permit.isDone() && !permit.isCompletedExceptionally()) {
            attempt(call); // the budget was free: no hop to another thread
            return;
        }
        permit.whenComplete((granted, refused) -> {
            if (refused != null) {
                call.fail(Completions.unwrap(refused));
            } else {
                attempt(call);
            }
        });
    }

    /** One try through the breaker; a retryable failure takes a new permit after the retry policy's backoff. */
    private void attempt(Call call) {
        viaBreaker(call.url, call.request).whenComplete((response, failure) -> {
            if (failure == null) {
                if (call.retries != null) {
                    call.retries.onComplete();
                }
                call.succeed(response);
                return;
            }
            Throwable cause = Completions.unwrap(failure);
            long backoffMillis = call.retries == null ? -1 : call.retries.onError(cause);
            if (backoffMillis < 0) {
                call.fail(asToolException(cause, call.request));
            } else {
                timer.schedule(Duration.ofMillis(backoffMillis), () -> permitThenAttempt(call));
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

    /**
     * A 429 and a 5xx become failures here so the breaker and the retry policy see them. A 429 that says when to
     * come back pauses this upstream's whole budget until then: the venue counts per key or per IP, not per call.
     */
    private UpstreamResponse checkStatus(UpstreamResponse response) {
        if (response.status() == 429) {
            ToolException limited = ToolException.of(ErrorCode.RATE_LIMIT, name + " rate limit reached (HTTP 429)")
                    .withFix("wait before retrying");
            Optional<Duration> wait = RetryAfter.from(response, clock);
            wait.ifPresent(permits::pauseFor);
            throw new VenueRateLimited(wait.map(limited::withRetryAfter).orElse(limited), wait.orElse(null));
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
        if (failure instanceof VenueRateLimited e) {
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

    /**
     * A timeout is not retried: the caller already waited the whole budget, and the venue is likely overloaded. A
     * 429 is retried only when the venue said when, and that is within the permit wait (the retry's permit waits for
     * the pause); without a time, or with a long one, the caller decides.
     */
    private static boolean isRetryableFailure(Throwable e) {
        if (e instanceof VenueRateLimited limited) {
            return limited.wait != null && limited.wait.compareTo(PERMIT_WAIT) <= 0;
        }
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

    /** A 429 from the venue, carried through the retry policy with the wait it asked for (null when unsaid). */
    private static final class VenueRateLimited extends RuntimeException {
        private final ToolException error;
        private final Duration wait;

        VenueRateLimited(ToolException error, Duration wait) {
            super(error.getMessage(), null, false, false);
            this.error = error;
            this.wait = wait;
        }
    }

    /**
     * One call across its attempts. Its answer is completed with the caller's bot tag set on the completing thread,
     * so a venue call chained on it (the next step of an async tool) is attributed to the same bot.
     */
    private final class Call {
        final URI url;
        final UpstreamRequest request;
        final String caller;
        final Retry.AsyncContext<UpstreamResponse> retries;
        final CompletableFuture<UpstreamResponse> answer;

        Call(URI url, UpstreamRequest request, String caller, Retry.AsyncContext<UpstreamResponse> retries,
             CompletableFuture<UpstreamResponse> answer) {
            this.url = url;
            this.request = request;
            this.caller = caller;
            this.retries = retries;
            this.answer = answer;
        }

        void succeed(UpstreamResponse response) {
            dryRun.caller().run(caller, () -> answer.complete(response));
        }

        void fail(Throwable error) {
            dryRun.caller().run(caller, () -> answer.completeExceptionally(error));
        }
    }

    @Override
    public String toString() {
        return "UpstreamClient[" + name + " → " + baseUrl + "]";
    }
}
