package io.cerbero.mcp.core.concurrent;

import java.util.concurrent.CompletionException;

/** Helpers for the failures that travel through {@link java.util.concurrent.CompletableFuture} chains. */
public final class Completions {
    private Completions() {
    }

    /**
     * The failure a stage really saw: {@link CompletionException} wrappers (which dependent stages add) removed.
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
