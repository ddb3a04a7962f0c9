package io.cerbero.mcp.core.support;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A bounded cache whose entries live for a fixed time on the host {@link Clock}, for read-only plugins whose
 * providers publish slowly-changing data (daily rates, weekly reports) under a tight rate limit.
 *
 * <ul>
 *   <li>Loads are asynchronous: the loader returns a stage (typically {@code UpstreamClient.sendAsync(...)
 *       .thenApply(parse)}), so the cache works from an {@code AsyncTool} on a host I/O thread. The loader is
 *       called on the calling thread and must not block.</li>
 *   <li>Concurrent {@link #get}s of one key share a single load: ten callers asking for the same series while it
 *       is being fetched cost one upstream request.</li>
 *   <li>A failed load (an exceptional stage, a loader that throws, or a {@code null} value) is never cached: its
 *       waiters see the failure and the next {@code get} loads again.</li>
 *   <li>A value expires {@code ttl} after its load completed, measured on the clock given here (a fixed or
 *       hand-advanced clock in tests). A zero ttl caches nothing but still shares loads in flight.</li>
 *   <li>At most {@code maxEntries} values are kept ({@link #of}), or values of at most a total weight
 *       ({@link #weighed}); beyond that the least useful ones are dropped.</li>
 * </ul>
 * Thread-safe. Caffeine is the engine; none of its types appear in this API.
 *
 * @param <K> key type: a record of the request's parameters (never a secret)
 * @param <V> value type: the parsed, immutable provider answer
 */
public final class TtlCache<K, V> {
    /** Outcomes, never failed futures: Caffeine would log every failed load as a warning with its stack trace. */
    private final AsyncCache<K, Outcome<V>> cache;
    private final Clock clock;
    private final Duration ttl;

    private TtlCache(Duration ttl, Clock clock, Caffeine<Object, Object> bounded) {
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        this.cache = bounded
                .ticker(ticker(clock))
                .expireAfterWrite(ttl)
                // maintenance on the caller's thread: no hidden pool, and tests see evictions at once
                .executor(Runnable::run)
                .buildAsync();
    }

    /**
     * @param ttl        how long a loaded value is served; {@link Duration#ZERO} disables caching (loads in flight
     *                   are still shared)
     * @param maxEntries how many values are kept at most (at least 1)
     * @param clock      the host clock that both ages entries and stamps {@link Cached#fetchedAt()}
     */
    public static <K, V> TtlCache<K, V> of(Duration ttl, long maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        return new TtlCache<>(ttl, clock, Caffeine.newBuilder().maximumSize(maxEntries));
    }

    /**
     * A cache bounded by the total weight of its values rather than their number, for values whose size varies
     * widely (a ten-year daily series next to a two-week window).
     *
     * @param maxWeight the most total weight kept (at least 1)
     * @param weigher   the weight of one value: rows, observations … (at least 0)
     */
    public static <K, V> TtlCache<K, V> weighed(Duration ttl, long maxWeight, ToIntFunction<? super V> weigher,
                                                Clock clock) {
        Objects.requireNonNull(weigher, "weigher");
        if (maxWeight < 1) {
            throw new IllegalArgumentException("maxWeight must be at least 1: " + maxWeight);
        }
        return new TtlCache<>(ttl, clock, Caffeine.newBuilder().maximumWeight(maxWeight)
                .weigher((Object key, Object outcome) -> {
                    Cached<?> value = ((Outcome<?>) outcome).value();
                    // a failure weighs nothing: it is removed as soon as its waiters have seen it
                    @SuppressWarnings("unchecked")
                    int weight = value == null ? 0 : weigher.applyAsInt((V) value.value());
                    return Math.max(0, weight);
                }));
    }

    /**
     * The fresh cached value of {@code key}, the load already in flight for it, or a new load by {@code loader}.
     * The returned future is the caller's own: completing or cancelling it does not touch other waiters. It fails
     * with a {@link CompletionException} around the load's failure.
     */
    public CompletableFuture<Cached<V>> get(K key, Function<? super K, ? extends CompletionStage<V>> loader) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(loader, "loader");
        CompletableFuture<Outcome<V>> shared = cache.get(key, (k, executor) -> load(k, loader));
        return shared.thenApply(outcome -> {
            if (outcome.failure() != null) {
                // runs when the load completes, outside Caffeine's compute, so the conditional remove is safe
                cache.asMap().remove(key, shared);
                throw outcome.failure() instanceof CompletionException e ? e
                        : new CompletionException(outcome.failure());
            }
            return outcome.value();
        });
    }

    /** The value of {@code key} when it is loaded and fresh; never starts a load. */
    public Optional<Cached<V>> getIfPresent(K key) {
        CompletableFuture<Outcome<V>> future = cache.getIfPresent(key);
        if (future == null || !future.isDone()) {
            return Optional.empty();
        }
        return Optional.ofNullable(future.getNow(null)).map(Outcome::value); // empty for a failed load
    }

    /** Forgets one key (a load in flight still completes for its waiters). */
    public void invalidate(K key) {
        cache.synchronous().invalidate(key);
    }

    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    /** Entries held, loads in flight included; approximate while other threads write. */
    public long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }

    public Duration ttl() {
        return ttl;
    }

    /** Runs the loader; the future it returns always completes normally, with the value or the failure. */
    private CompletableFuture<Outcome<V>> load(K key, Function<? super K, ? extends CompletionStage<V>> loader) {
        CompletionStage<V> stage;
        try {
            stage = Objects.requireNonNull(loader.apply(key), "the loader returned no stage");
        } catch (RuntimeException e) {
            // a loader that throws instead of failing its stage is still a failed load, not a cache error
            return CompletableFuture.completedFuture(Outcome.failed(e));
        }
        return stage.toCompletableFuture().handle((value, failure) -> {
            if (failure != null) {
                return Outcome.failed(failure);
            }
            if (value == null) {
                return Outcome.failed(new NullPointerException("the loader completed with null"));
            }
            return Outcome.of(new Cached<>(value, clock.instant()));
        });
    }

    /** A finished load: a value, or the failure its waiters must see (and that is then dropped from the cache). */
    private record Outcome<V>(Cached<V> value, Throwable failure) {
        static <V> Outcome<V> of(Cached<V> value) {
            return new Outcome<>(value, null);
        }

        static <V> Outcome<V> failed(Throwable failure) {
            return new Outcome<>(null, failure);
        }
    }

    /** Caffeine ages entries with nanoseconds from a ticker; this one reads the host clock. */
    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    @Override
    public String toString() {
        return "TtlCache[ttl=" + ttl + ", size=" + cache.synchronous().estimatedSize() + "]";
    }
}
