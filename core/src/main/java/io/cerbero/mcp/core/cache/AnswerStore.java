package io.cerbero.mcp.core.cache;

import java.util.Optional;

/**
 * Where cached answers live. The embedded store is {@link CaffeineAnswerStore}; a shared store (for several
 * gateway instances) implements the same two calls. Freshness is judged by the caller with the host clock, so a
 * store only has to keep an entry at least {@link CachedAnswer#keep()} and may drop it any time after (or earlier,
 * under memory pressure).
 */
public interface AnswerStore {

    Optional<CachedAnswer> get(CacheKey key);

    void put(CacheKey key, CachedAnswer answer);
}
