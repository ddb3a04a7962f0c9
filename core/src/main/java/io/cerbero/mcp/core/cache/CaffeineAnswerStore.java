package io.cerbero.mcp.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import java.util.Optional;

/** The embedded, bounded store: Caffeine, size-bounded, each entry expiring after its own {@code keep}. */
public final class CaffeineAnswerStore implements AnswerStore {
    private final Cache<CacheKey, CachedAnswer> entries;

    public CaffeineAnswerStore(long maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<CacheKey, CachedAnswer>writing((key, answer) -> answer.keep()))
                .build();
    }

    @Override
    public Optional<CachedAnswer> get(CacheKey key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    @Override
    public void put(CacheKey key, CachedAnswer answer) {
        entries.put(key, answer);
    }
}
