package io.cerbero.mcp.core.support;

import io.cerbero.mcp.core.concurrent.Completions;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Asks several sources at once and answers with what came back within a deadline: the tool of a read-only plugin
 * that merges venues or providers uses it so that one source down or slow never fails or stalls the whole call.
 *
 * <p>Every source is started immediately; the result completes as soon as every source has settled, or when the
 * deadline passes, whichever is first. Sources still running then are reported as {@link SourceFailure#TIMEOUT}
 * and their futures cancelled (their late answers are ignored). A source that throws while starting counts as
 * failed, like one whose future fails.
 *
 * <p>Non-blocking: nothing here waits on a thread; the deadline comes from a {@link DeadlineTimer}, so it works
 * on the host's I/O thread from an {@link io.cerbero.mcp.core.spi.AsyncTool}. The result may complete on the
 * thread of the last source to answer or on the timer's thread. Thread-safe; keep one per session.
 */
public final class FanOut {
    private final DeadlineTimer timer;

    public FanOut(DeadlineTimer timer) {
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /** A fan-out on the JVM's delayed executor: the production choice. */
    public static FanOut withSystemTimer() {
        return new FanOut(DeadlineTimer.system());
    }

    /**
     * Starts every source and collects their answers.
     *
     * @param sources  key → how to start that source; iteration order is the order of the result's maps
     * @param deadline how long to wait at most, from now
     * @return a future that never fails: every source is either answered or failed in it
     */
    public <K, V> CompletableFuture<FanOutResult<K, V>> collect(
            Map<K, ? extends Supplier<? extends CompletionStage<? extends V>>> sources, Duration deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative()) {
            throw new IllegalArgumentException("deadline must not be negative");
        }
        Gathering<K, V> gathering = new Gathering<>(List.copyOf(sources.keySet()), deadline);
        sources.forEach((key, start) -> gathering.track(key, started(start)));
        if (!gathering.result.isDone()) {
            timer.after(deadline).whenComplete((ignored, failure) -> gathering.finish());
        }
        return gathering.result;
    }

    private static <V> CompletableFuture<? extends V> started(Supplier<? extends CompletionStage<? extends V>> start) {
        try {
            CompletionStage<? extends V> stage = start.get();
            return stage == null ? CompletableFuture.failedFuture(new IllegalStateException("source returned no stage"))
                    : stage.toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The state of one {@link #collect} call; its lock guards the maps and the one-time finish. */
    private static final class Gathering<K, V> {
        private final List<K> keys;
        private final String deadlineText;
        private final Map<K, V> answered = new LinkedHashMap<>();
        private final Map<K, SourceFailure> failed = new LinkedHashMap<>();
        private final Map<K, CompletableFuture<?>> running = new LinkedHashMap<>();
        private final CompletableFuture<FanOutResult<K, V>> result = new CompletableFuture<>();
        private boolean finished;

        Gathering(List<K> keys, Duration deadline) {
            this.keys = keys;
            this.deadlineText = deadline.toMillis() + " ms";
            if (keys.isEmpty()) {
                finish();
            }
        }

        void track(K key, CompletableFuture<? extends V> future) {
            synchronized (this) {
                running.put(key, future);
            }
            future.whenComplete((value, failure) -> settle(key, value, failure));
        }

        private void settle(K key, V value, Throwable failure) {
            boolean all;
            synchronized (this) {
                if (finished) {
                    return;
                }
                running.remove(key);
                if (failure != null) {
                    failed.put(key, SourceFailure.of(Completions.unwrap(failure)));
                } else if (value == null) {
                    failed.put(key, new SourceFailure(SourceFailure.ERROR, "answered no value", false));
                } else {
                    answered.put(key, value);
                }
                all = answered.size() + failed.size() == keys.size();
            }
            if (all) {
                finish();
            }
        }

        /** Completes the result once: what answered so far, the rest as timeouts (and cancelled). */
        void finish() {
            Map<K, V> answers = new LinkedHashMap<>();
            Map<K, SourceFailure> failures = new LinkedHashMap<>();
            List<CompletableFuture<?>> late;
            synchronized (this) {
                if (finished) {
                    return;
                }
                finished = true;
                for (K key : keys) {
                    if (answered.containsKey(key)) {
                        answers.put(key, answered.get(key));
                    } else {
                        failures.put(key, failed.getOrDefault(key, SourceFailure.timeout(deadlineText)));
                    }
                }
                late = List.copyOf(running.values());
            }
            result.complete(new FanOutResult<>(answers, failures));
            late.forEach(future -> future.cancel(false));
        }
    }
}
