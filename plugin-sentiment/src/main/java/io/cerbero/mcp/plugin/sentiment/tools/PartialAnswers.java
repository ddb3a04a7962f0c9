package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.FanOutResult;

import java.time.Duration;

/**
 * How long the host may cache an answer in which some source failed: a fifth of the tool's freshness, at least
 * {@link #FLOOR} (and never longer than the freshness), never served stale beyond that. Not caching it at all would
 * send every caller of a hot query back to the sources that did answer while one is down (LunarCrush allows about
 * 10 calls a minute); caching it like a full answer would keep a one-sided picture (news of one provider, funding
 * without a venue) for the whole window after the source is back. A fifth keeps a fleet on one fan-out per short
 * window and brings the full answer back soon.
 */
final class PartialAnswers {
    static final Duration FLOOR = Duration.ofSeconds(5);

    private PartialAnswers() {
    }

    /** The answer as built; when a source failed, cached at most {@link #limitFor(Duration) limitFor(freshFor)}. */
    static ToolResult limited(FanOutResult<?, ?> gathered, ToolResult answer, Duration freshFor) {
        return gathered.failed().isEmpty() ? answer : answer.cachedAtMost(limitFor(freshFor));
    }

    static Duration limitFor(Duration freshFor) {
        Duration fifth = freshFor.dividedBy(5);
        Duration limit = fifth.compareTo(FLOOR) < 0 ? FLOOR : fifth;
        return limit.compareTo(freshFor) > 0 ? freshFor : limit;
    }
}
