package io.cerbero.mcp.core.cache;

/**
 * Where the cache and the inbound limiter count what they do. {@link CacheCounters} keeps plain counters in
 * memory; a metrics endpoint (Micrometer or other) can implement this to publish them.
 */
public interface CacheMetrics {

    /** One answer of a cached tool, by how it was served. */
    void answered(String plugin, String tool, CacheStatus status);

    /** One background refresh of a hot entry started (refresh-ahead); its venue call is not an answer. */
    default void refreshed(String plugin, String tool) {
    }

    /** One call refused by the inbound limits, by bot tag and by which limit ({@code bot} or {@code token}). */
    void refused(String botTag, String limit);

    /** Counts nothing. */
    CacheMetrics NONE = new CacheMetrics() {
        @Override
        public void answered(String plugin, String tool, CacheStatus status) {
        }

        @Override
        public void refused(String botTag, String limit) {
        }
    };
}
