package io.cerbero.mcp.core.cache;

import java.util.Locale;

/** What a cached tool's answer is, as the {@code X-Cache} header says it. */
public enum CacheStatus {
    /** Served from the cache, within the tool's freshness. */
    HIT,
    /** This caller's call went to the venue. */
    MISS,
    /** Another caller's identical call was in flight; this caller shared its answer. */
    COALESCED,
    /** The venue failed; the last answer, older than the freshness but within the declared maximum staleness. */
    STALE,
    /**
     * A remembered "unknown instrument" rejection, answered again without a venue call. Counted in the metrics
     * only: an error carries no {@code X-Cache} header.
     */
    NEGATIVE;

    /** The header value: {@code hit}, {@code miss}, {@code coalesced}, {@code stale}. */
    public String headerValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
