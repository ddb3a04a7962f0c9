package io.cerbero.mcp.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Short negative entries: a venue's "unknown instrument" rejection of a cached tool's call is remembered for
 * {@link #TTL}, so a bot polling a symbol that does not exist costs one venue call per {@code TTL} instead of one
 * per round trip (measured: 16 such pollers spent 11 of a 20/s venue budget, docs/benchmarks.md). Only rejections a
 * plugin marks as such are remembered ({@code details.reason = "unknown_instrument"} on INVALID_INPUT or
 * UPSTREAM_REJECTED): never a timeout, a venue failure, a rate limit or any other rejection, which may pass on the
 * next try. Keyed like answers, so testnet and mainnet never share one.
 */
final class NegativeAnswers {
    /** Short: a symbol listed meanwhile is seen at most this late. */
    static final Duration TTL = Duration.ofSeconds(5);
    static final String REASON = "unknown_instrument";
    private static final long MAX_ENTRIES = 10_000;

    private record Rejection(ToolException error, Instant at) {
    }

    /** Bounded; expiry is judged on the host clock, Caffeine's own expiry only frees the memory. */
    private final Cache<CacheKey, Rejection> entries = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(TTL.multipliedBy(2))
            .build();

    /** True for the rejections worth remembering: the venue said the instrument does not exist. */
    static boolean isUnknownInstrument(Throwable failure) {
        return failure instanceof ToolException e
                && (e.code() == ErrorCode.INVALID_INPUT || e.code() == ErrorCode.UPSTREAM_REJECTED)
                && REASON.equals(e.details().get("reason"));
    }

    void remember(CacheKey key, ToolException error, Instant now) {
        entries.put(key, new Rejection(error, now));
    }

    /** The remembered rejection, while younger than {@link #TTL}. */
    Optional<ToolException> recall(CacheKey key, Instant now) {
        Rejection held = entries.getIfPresent(key);
        if (held == null || Duration.between(held.at(), now).compareTo(TTL) >= 0) {
            return Optional.empty();
        }
        return Optional.of(held.error());
    }

    /** A successful answer for the key: the instrument exists now. */
    void forget(CacheKey key) {
        entries.invalidate(key);
    }
}
