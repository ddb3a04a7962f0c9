package io.cerbero.mcp.core.upstream;

import java.util.concurrent.atomic.LongAdder;

/**
 * How one upstream's budget has been used since start: calls granted at once, calls that had to wait their turn,
 * and calls refused (wait too long, venue pause, request heavier than the budget). Counted per attempt, so a
 * retry counts again. Thread-safe.
 */
public final class BudgetCounters {
    private final LongAdder immediate = new LongAdder();
    private final LongAdder queued = new LongAdder();
    private final LongAdder refused = new LongAdder();

    void immediate() {
        immediate.increment();
    }

    void queued() {
        queued.increment();
    }

    void refused() {
        refused.increment();
    }

    /** Attempts that found the budget free and nobody waiting. */
    public long immediateCount() {
        return immediate.sum();
    }

    /** Attempts that waited for their turn (granted later or refused at their deadline). */
    public long queuedCount() {
        return queued.sum();
    }

    /** Attempts refused with RATE_LIMIT or UPSTREAM_REJECTED by the gateway's budget. */
    public long refusedCount() {
        return refused.sum();
    }
}
