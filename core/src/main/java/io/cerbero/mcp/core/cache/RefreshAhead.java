package io.cerbero.mcp.core.cache;

import java.time.Duration;
import java.time.Instant;

/**
 * When a hit on a fresh entry should start one background refresh, so that callers of a hot key keep getting
 * hits instead of all waiting on the venue call that replaces an expired entry. The refresh starts a lead time
 * before the entry stops being fresh: twice the venue call that produced it (so the new answer usually lands in
 * time), at least a tenth of the freshness and at most half of it (so a hot key costs between 1 and 2 venue
 * calls per freshness window, about 1.1 when the venue is quick). Nothing older than the freshness is served.
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
        Duration floor = freshFor.dividedBy(10);
        Duration cap = freshFor.dividedBy(2);
        Duration wanted = fetchTook.multipliedBy(2);
        Duration lead = wanted.compareTo(floor) < 0 ? floor : wanted;
        return lead.compareTo(cap) > 0 ? cap : lead;
    }
}
