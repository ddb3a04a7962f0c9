package io.cerbero.mcp.core.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.invoke.InvocationResult;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The market-data cache with request coalescing. For one key: a fresh stored answer is a {@code hit}; otherwise
 * the first caller's venue call is shared, as one {@link CompletableFuture}, by every identical call that arrives
 * while it is in flight ({@code coalesced}), so waiting never parks a thread. A successful answer is stored;
 * an error never is. When the venue call fails with an upstream error, timeout or rate limit and the tool allows
 * stale serving, the last answer within {@code ttl + maxStale} is served instead, marked {@code stale}.
 *
 * <p>Each caller gets its own copy of the body with its own {@code request_id}; {@code data_timestamp} stays the
 * venue's time.
 */
public final class ResponseCache {
    /** Failures of the venue or its budget, where an older answer is better than none. */
    private static final Set<ErrorCode> STALE_SERVABLE =
            EnumSet.of(ErrorCode.UPSTREAM_ERROR, ErrorCode.UPSTREAM_TIMEOUT, ErrorCode.RATE_LIMIT);

    private final AnswerStore store;
    private final Clock clock;
    private final CacheMetrics metrics;
    private final ConcurrentMap<CacheKey, CompletableFuture<InvocationResult>> inFlight = new ConcurrentHashMap<>();

    public ResponseCache(AnswerStore store, Clock clock, CacheMetrics metrics) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Answers one call of a cached tool.
     *
     * @param key       the entry
     * @param freshness the tool's freshness (caching on)
     * @param fresh     the caller sent {@code Cache-Control: no-cache}: skip stored answers (still coalesced)
     * @param requestId the caller's request id, written into the copy it gets
     * @param venue     starts the venue call; called at most once, only when this caller leads
     */
    public CompletableFuture<InvocationResult> answer(CacheKey key, Freshness freshness, boolean fresh,
                                                      String requestId,
                                                      Supplier<CompletableFuture<InvocationResult>> venue) {
        if (!fresh) {
            Optional<CachedAnswer> held = store.get(key);
            Instant now = clock.instant();
            if (held.isPresent() && held.get().ageAt(now).compareTo(freshness.ttl()) <= 0) {
                return CompletableFuture.completedFuture(served(key, held.get(), CacheStatus.HIT, requestId, now));
            }
        }
        CompletableFuture<InvocationResult> mine = new CompletableFuture<>();
        CompletableFuture<InvocationResult> leader = inFlight.putIfAbsent(key, mine);
        if (leader != null) {
            return settle(key, freshness, leader, CacheStatus.COALESCED, requestId);
        }
        CompletableFuture<InvocationResult> call;
        try {
            call = Objects.requireNonNull(venue.get(), "venue call");
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((result, failure) -> {
            try {
                if (failure == null) {
                    store.put(key, new CachedAnswer(result.body().deepCopy(), result.dataTimestamp(), clock.instant(),
                            freshness.keep()));
                }
            } finally {
                // stored before the slot is freed: a caller arriving in between finds the answer, not an empty slot
                inFlight.remove(key, mine);
                if (failure == null) {
                    mine.complete(result);
                } else {
                    mine.completeExceptionally(failure);
                }
            }
        });
        return settle(key, freshness, mine, CacheStatus.MISS, requestId);
    }

    /** The shared call's outcome as this caller gets it: its answer, or the stale one, or the error. */
    private CompletableFuture<InvocationResult> settle(CacheKey key, Freshness freshness,
                                                       CompletableFuture<InvocationResult> shared, CacheStatus status,
                                                       String requestId) {
        return shared.handle((result, failure) -> {
            if (failure == null) {
                metrics.answered(key.plugin(), key.tool(), status);
                if (status == CacheStatus.MISS) {
                    return result.withCache(new CacheInfo(status, Duration.ZERO));
                }
                return new InvocationResult(withRequestId(result.body(), requestId), result.dataTimestamp(),
                        new CacheInfo(status, Duration.ZERO));
            }
            Throwable cause = Completions.unwrap(failure);
            Optional<CachedAnswer> stale = staleAnswer(key, freshness, cause);
            if (stale.isEmpty()) {
                throw cause instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(cause);
            }
            return served(key, stale.get(), CacheStatus.STALE, requestId, clock.instant());
        });
    }

    private Optional<CachedAnswer> staleAnswer(CacheKey key, Freshness freshness, Throwable cause) {
        if (freshness.maxStale().isZero() || !(cause instanceof ToolException e) || !STALE_SERVABLE.contains(e.code())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.get(key).filter(a -> a.ageAt(now).compareTo(freshness.keep()) <= 0);
    }

    private InvocationResult served(CacheKey key, CachedAnswer answer, CacheStatus status, String requestId,
                                    Instant now) {
        metrics.answered(key.plugin(), key.tool(), status);
        return new InvocationResult(withRequestId(answer.body(), requestId), answer.dataTimestamp(),
                new CacheInfo(status, answer.ageAt(now)));
    }

    private static ObjectNode withRequestId(ObjectNode body, String requestId) {
        ObjectNode copy = body.deepCopy();
        copy.put("request_id", requestId);
        return copy;
    }
}
