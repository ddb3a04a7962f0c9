package io.cerbero.mcp.core.upstream;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task later without holding a thread while it waits: how the upstream client schedules a queued call's
 * turn, a permit deadline and a retry's backoff. Its {@link #clock()} times the budget too, so refills and wake-ups
 * agree: real time in the host (a venue refills in real time, whatever the host clock is set to), a hand clock in
 * specs that drive both. Implementations are thread-safe; tasks must not block.
 */
public interface PermitTimer {

    /** Runs {@code task} once, about {@code delay} from now (at once when zero or negative). */
    void schedule(Duration delay, Runnable task);

    /** The time this timer runs on. */
    Clock clock();

    /** The JDK's shared delayed executor on the system clock: tasks run on the common pool when due. */
    static PermitTimer delayed() {
        return new PermitTimer() {
            @Override
            public void schedule(Duration delay, Runnable task) {
                CompletableFuture.delayedExecutor(Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS).execute(task);
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }
        };
    }
}
