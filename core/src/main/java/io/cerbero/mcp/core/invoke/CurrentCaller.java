package io.cerbero.mcp.core.invoke;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the tool call running on this thread is for (its bot tag), so that an upstream client shared by every bot can
 * share its venue budget fairly between them without the SPI passing the call around.
 *
 * <p>Per thread, like {@link DryRunGuard}: the invoker sets it around a handler, and an upstream client that
 * completes a call's future does so with the same caller set, so that a stage chained on that future (a second
 * venue call of an async tool, run on an I/O thread) is still attributed to the right bot. One instance per host,
 * reached through {@link DryRunGuard#caller()}. Thread-safe.
 */
public final class CurrentCaller {
    private final ThreadLocal<String> current = new ThreadLocal<>();

    /** The bot tag of the call running on this thread, if any. */
    public Optional<String> current() {
        return Optional.ofNullable(current.get());
    }

    /** Runs {@code work} attributed to {@code botTag} on this thread, restoring the previous caller after. */
    public <T> T during(String botTag, Supplier<T> work) {
        Objects.requireNonNull(botTag, "botTag");
        String previous = current.get();
        current.set(botTag);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }

    /** As {@link #during(String, Supplier)} for work without a result; a null tag runs it unattributed. */
    public void run(String botTag, Runnable work) {
        if (botTag == null) {
            work.run();
            return;
        }
        during(botTag, () -> {
            work.run();
            return null;
        });
    }
}
