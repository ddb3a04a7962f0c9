package io.cerbero.mcp.core.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Signals when a deadline has passed, without holding a thread while it waits. {@link FanOut} uses it to stop
 * waiting for slow sources; tests pass a timer they fire themselves, so no spec depends on wall-clock timing.
 */
@FunctionalInterface
public interface DeadlineTimer {

    /** A stage that completes once {@code deadline} has elapsed (never exceptionally). */
    CompletionStage<Void> after(Duration deadline);

    /**
     * The JVM's delayed executor: the deadline's continuation runs on the common pool, never on the JDK's single
     * timer thread, so work chained after a fan-out cannot stall other timeouts.
     */
    static DeadlineTimer system() {
        return deadline -> {
            CompletableFuture<Void> passed = new CompletableFuture<>();
            CompletableFuture.delayedExecutor(Math.max(0, deadline.toNanos()), TimeUnit.NANOSECONDS)
                    .execute(() -> passed.complete(null));
            return passed;
        };
    }
}
