package io.cerbero.mcp.core.upstream;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task later without holding a thread while it waits: how the upstream client schedules a queued call's
 * turn, a permit deadline and a retry's backoff. Specs pass a timer they drive together with their clock.
 * Implementations are thread-safe; tasks must not block.
 */
@FunctionalInterface
public interface PermitTimer {

    /** Runs {@code task} once, about {@code delay} from now (at once when zero or negative). */
    void schedule(Duration delay, Runnable task);

    /** The JDK's shared delayed executor: tasks run on the common pool when due. */
    static PermitTimer delayed() {
        return (delay, task) -> CompletableFuture.delayedExecutor(Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS)
                .execute(task);
    }
}
