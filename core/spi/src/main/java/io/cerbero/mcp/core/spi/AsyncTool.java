package io.cerbero.mcp.core.spi;

import io.cerbero.mcp.core.concurrent.Completions;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A READ tool that never blocks: it sends its upstream calls with {@link UpstreamClient#sendAsync} and returns a
 * stage. The host runs such a tool on the server's I/O thread that read the request, so a call costs no thread
 * hand-over; that is why the contract is strict.
 *
 * <p>Threading: {@link #handleAsync} and every stage it chains run on host I/O threads. They may do CPU work
 * (parse JSON, compute) but must never block: no {@link UpstreamClient#send}, no {@code join()}, no locks held
 * across I/O, no files. Use a plain {@link Tool} for anything else; it runs on a worker thread.
 *
 * <p>Lifecycle: as {@link Tool}; the host falls back to a worker thread when the caller's session is not open yet
 * (opening may block), so handlers can assume nothing about the thread.
 *
 * <p>Errors: fail the stage (or throw) with {@link ToolException} exactly as a {@link Tool} would throw. WRITE
 * tools are never run on an I/O thread, whatever they implement, because their audit records are written first.
 */
public interface AsyncTool<S extends PluginSession, I> extends Tool<S, I> {

    /**
     * Starts the tool and returns its result stage.
     *
     * @see Tool#handle for the parameters
     */
    CompletionStage<ToolResult> handleAsync(S session, I input, ToolCall call);

    /** Waits for {@link #handleAsync}: for harnesses and callers that run on their own thread. */
    @Override
    default ToolResult handle(S session, I input, ToolCall call) {
        try {
            return handleAsync(session, input, call).toCompletableFuture().join();
        } catch (CompletionException | CancellationException e) {
            if (Completions.unwrap(e) instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
