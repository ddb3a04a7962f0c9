package io.cerbero.mcp.core.testing;

import io.cerbero.mcp.core.spi.ToolException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Assertions on the futures of the non-blocking path. */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits for a future that must fail with a {@link ToolException} and returns it.
     *
     * @throws AssertionError when the future succeeds or fails with anything else
     */
    public static ToolException failureOf(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ToolException failure) {
                return failure;
            }
            throw new AssertionError("the future failed with " + e.getCause() + ", not a ToolException", e);
        }
        throw new AssertionError("the future succeeded; a ToolException was expected");
    }
}
