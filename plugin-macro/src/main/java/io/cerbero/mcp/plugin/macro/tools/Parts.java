package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.concurrent.Completions;
import io.cerbero.mcp.core.spi.ToolException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Fan-out of one tool to several provider calls (11 Treasury series, a list of quotes), where one failed call
 * makes the answer partial rather than failing it. Each call is bounded by the host's upstream timeout.
 * (Core is to gain a shared fan-out helper; this plugin-local one goes when it lands.)
 */
final class Parts {
    private Parts() {
    }

    /**
     * The outcome of one call: a value or the ToolException it failed with.
     *
     * @param key what was asked (a series id, a symbol)
     */
    record Part<K, T>(K key, T value, ToolException failure) {
        boolean ok() {
            return failure == null;
        }

        /** "RATE_LIMIT: …" for the coverage's reason. */
        String reason() {
            return failure.code() + ": " + failure.getMessage();
        }
    }

    /**
     * Starts every call at once and completes when all have finished, each with its own outcome, in key order.
     * A call that fails with something other than a ToolException (a bug) fails the whole.
     */
    static <K, T> CompletableFuture<List<Part<K, T>>> gather(List<K> keys, Function<K, CompletableFuture<T>> call) {
        List<CompletableFuture<Part<K, T>>> started = new ArrayList<>();
        for (K key : keys) {
            CompletableFuture<T> future;
            try {
                future = call.apply(key);
            } catch (ToolException e) {
                future = CompletableFuture.failedFuture(e);
            }
            started.add(future.handle((value, failure) -> {
                if (failure == null) {
                    return new Part<>(key, value, null);
                }
                if (Completions.unwrap(failure) instanceof ToolException e) {
                    return new Part<K, T>(key, null, e);
                }
                throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
            }));
        }
        return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new))
                .thenApply(done -> started.stream().map(CompletableFuture::join).toList());
    }

    /**
     * Nothing to be partial about when every call failed: the first failure is the answer (so NOT_CONFIGURED,
     * RATE_LIMIT or a rejected key reaches the caller as itself).
     */
    static <K, T> List<Part<K, T>> requireAny(List<Part<K, T>> parts) {
        if (!parts.isEmpty() && parts.stream().noneMatch(Part::ok)) {
            throw parts.get(0).failure();
        }
        return parts;
    }
}
