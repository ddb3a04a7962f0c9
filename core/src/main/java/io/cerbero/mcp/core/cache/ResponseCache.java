package io.cerbero.mcp.core.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.invoke.InvocationResult;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>Refresh-ahead: a hit on an entry near the end of its freshness ({@link RefreshAhead}) starts one background
 * venue call for the key, without making that caller wait; the entry keeps being served while it is fresh, and
 * callers arriving after it expired coalesce onto the refresh. So a hot key rarely falls into a coalescing wait,
 * and nothing older than the freshness is ever served as a hit. A failed refresh is not retried for that entry.
 *
 * <p>Errors are not stored, except a venue's "unknown instrument" rejection, remembered for a few seconds
 * ({@link NegativeAnswers}) and answered again without a venue call.
 *
 * <p>Each caller gets its own copy of the body with its own {@code request_id}; {@code data_timestamp} stays the
 * venue's time. A tool may ask for less caching of one answer ({@link InvocationResult#cacheLimit()}, e.g. a
 * partial fan-out answer): it is then fresh for at most that long, never served stale beyond it, and not stored
 * at all when the limit is zero.
 */
public final class ResponseCache {
    /** Failures of the venue or its budget, where an older answer is better than none. */
    private static final Set<ErrorCode> STALE_SERVABLE =
            EnumSet.of(ErrorCode.UPSTREAM_ERROR, ErrorCode.UPSTREAM_TIMEOUT, ErrorCode.RATE_LIMIT);
    private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);
    /** Bounds the refresh claims; a claim lost to eviction costs at most one more refresh of its entry. */
    private static final long MAX_REFRESH_CLAIMS = 10_000;

    private final AnswerStore store;
    private final Clock clock;
    private final CacheMetrics metrics;
    private final ConcurrentMap<CacheKey, CompletableFuture<InvocationResult>> inFlight = new ConcurrentHashMap<>();
    /** Per key, the {@code storedAt} of the entry whose refresh was started: one refresh per entry. */
    private final Cache<CacheKey, Instant> refreshClaims =
            Caffeine.newBuilder().maximumSize(MAX_REFRESH_CLAIMS).build();
    private final NegativeAnswers negatives = new NegativeAnswers();

    public ResponseCache(AnswerStore store, Clock clock, CacheMetrics metrics) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Answers one call of a cached tool whose venue call never blocks the caller (refreshes use it too).
     *
     * @see #answer(CacheKey, Freshness, boolean, String, Supplier, Supplier)
     */
    public CompletableFuture<InvocationResult> answer(CacheKey key, Freshness freshness, boolean fresh,
                                                      String requestId,
                                                      Supplier<CompletableFuture<InvocationResult>> venue) {
        return answer(key, freshness, fresh, requestId, venue, venue);
    }

    /**
     * Answers one call of a cached tool.
     *
     * @param key        the entry
     * @param freshness  the tool's freshness (caching on)
     * @param fresh      the caller sent {@code Cache-Control: no-cache}: skip stored answers (still coalesced)
     * @param requestId  the caller's request id, written into the copy it gets
     * @param venue      starts the venue call; called at most once, only when this caller leads (it may run the
     *                   call on the caller's thread)
     * @param background starts the same venue call without blocking the caller: used for refresh-ahead
     */
    public CompletableFuture<InvocationResult> answer(CacheKey key, Freshness freshness, boolean fresh,
                                                      String requestId,
                                                      Supplier<CompletableFuture<InvocationResult>> venue,
                                                      Supplier<CompletableFuture<InvocationResult>> background) {
        if (!fresh) {
            Instant now = clock.instant();
            Optional<ToolException> rejected = negatives.recall(key, now);
            if (rejected.isPresent()) {
                metrics.answered(key.plugin(), key.tool(), CacheStatus.NEGATIVE);
                return CompletableFuture.failedFuture(rejected.get());
            }
            Optional<CachedAnswer> held = store.get(key);
            if (held.isPresent()) {
                Duration freshFor = min(freshness.ttl(), held.get().freshFor());
                if (held.get().ageAt(now).compareTo(freshFor) <= 0) {
                    if (RefreshAhead.due(held.get(), freshFor, now)) {
                        refresh(key, freshness, held.get(), background);
                    }
                    return CompletableFuture.completedFuture(served(key, held.get(), CacheStatus.HIT, requestId, now));
                }
            }
        }
        CompletableFuture<InvocationResult> mine = new CompletableFuture<>();
        CompletableFuture<InvocationResult> leader = inFlight.putIfAbsent(key, mine);
        if (leader != null) {
            return settle(key, freshness, leader, CacheStatus.COALESCED, requestId);
        }
        lead(key, freshness, mine, venue);
        return settle(key, freshness, mine, CacheStatus.MISS, requestId);
    }

    /** Starts one background venue call for a hot entry, unless one is in flight or this entry had its refresh. */
    private void refresh(CacheKey key, Freshness freshness, CachedAnswer held,
                         Supplier<CompletableFuture<InvocationResult>> background) {
        if (inFlight.containsKey(key) || held.storedAt().equals(refreshClaims.asMap().put(key, held.storedAt()))) {
            return;
        }
        CompletableFuture<InvocationResult> mine = new CompletableFuture<>();
        if (inFlight.putIfAbsent(key, mine) != null) {
            return;
        }
        metrics.refreshed(key.plugin(), key.tool());
        lead(key, freshness, mine, background);
        mine.whenComplete((result, failure) -> {
            if (failure != null) {
                LOG.debug("{}/{}: refresh-ahead failed; the entry is served until it expires", key.plugin(),
                        key.tool());
            }
        });
    }

    /** Runs the venue call this caller leads: stores its answer, then frees the slot and completes {@code mine}. */
    private void lead(CacheKey key, Freshness freshness, CompletableFuture<InvocationResult> mine,
                      Supplier<CompletableFuture<InvocationResult>> venue) {
        Instant started = clock.instant();
        CompletableFuture<InvocationResult> call;
        try {
            call = Objects.requireNonNull(venue.get(), "venue call");
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((result, failure) -> {
            try {
                if (failure == null) {
                    negatives.forget(key);
                    store(key, freshness, result, started);
                } else if (NegativeAnswers.isUnknownInstrument(Completions.unwrap(failure))) {
                    negatives.remember(key, (ToolException) Completions.unwrap(failure), clock.instant());
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
    }

    private void store(CacheKey key, Freshness freshness, InvocationResult result, Instant started) {
        Duration limit = result.cacheLimitOptional().orElse(freshness.keep());
        if (limit.isZero() || limit.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        Duration took = Duration.between(started, now);
        store.put(key, new CachedAnswer(result.body().deepCopy(), result.dataTimestamp(), now,
                min(freshness.ttl(), limit), min(freshness.keep(), limit), took.isNegative() ? Duration.ZERO : took));
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
        return store.get(key).filter(a -> a.ageAt(now).compareTo(min(freshness.keep(), a.keep())) <= 0);
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
