package io.cerbero.mcp.core.upstream

import io.cerbero.mcp.core.cache.HandClock

import java.time.Duration
import java.time.Instant

/** A {@link PermitTimer} the spec drives with its {@link HandClock}: tasks run only when the spec moves time. */
class HandTimer implements PermitTimer {
    final HandClock clock
    private final List<Map> tasks = []
    private long sequence

    HandTimer(HandClock clock) { this.clock = clock }

    @Override
    java.time.Clock clock() { clock }

    @Override
    synchronized void schedule(Duration delay, Runnable task) {
        tasks << [due: clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay), seq: sequence++, task: task]
    }

    /** Moves the clock by {@code by} in one step, then runs every task due (and those they schedule, when due). */
    void advance(Duration by) {
        clock.advance(by)
        runDue()
    }

    /** Moves the clock in steps of {@code step} for {@code count} steps, running what is due after each. */
    void step(Duration step, int count) {
        count.times { advance(step) }
    }

    void runDue() {
        while (true) {
            Map next
            synchronized (this) {
                Instant now = clock.instant()
                next = tasks.findAll { !it.due.isAfter(now) }.min { a, b -> a.due <=> b.due ?: a.seq <=> b.seq }
                if (next == null) {
                    return
                }
                tasks.remove(next)
            }
            ((Runnable) next.task).run()
        }
    }
}
