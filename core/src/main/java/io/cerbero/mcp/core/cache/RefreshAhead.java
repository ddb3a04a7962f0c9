package io.cerbero.mcp.core.cache;

import java.time.Duration;
import java.time.Instant;

/**
 * When a hit on a fresh entry should start one background refresh, so that callers of a hot key keep getting
 * hits instead of all waiting on the venue call that replaces an expired entry. The refresh starts as long before
 * the entry stops being fresh as the venue call that produced it took (at most half the freshness): the entry is
 * fresh for a window counted from when that call's answer arrived, so the refresh is sent one full window after
 * that call was sent. A hot key therefore costs at most one venue call per freshness window, as the venue budget
 * requires, and the new answer lands about when the old one expires if the venue is as quick as last time (a
 * slower call leaves the callers after expiry coalesced on it, never served anything older than the freshness).
 */
final class RefreshAhead {
    private RefreshAhead() {
    }

    /** True when an entry, still fresh at {@code now}, is in its refresh window. */
    static boolean due(CachedAnswer answer, Duration freshFor, Instant now) {
        return answer.ageAt(now).compareTo(freshFor.minus(lead(freshFor, answer.fetchTook()))) >= 0;
    }

    /** How long before expiry the refresh starts. */
    static Duration lead(Duration freshFor, Duration fetchTook) {
        Duration cap = freshFor.dividedBy(2);
        return fetchTook.compareTo(cap) > 0 ? cap : fetchTook;
    }
}
