package io.cerbero.mcp.core.invoke;

import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.UpstreamRequest;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Dry run enforced by the host rather than trusted to each handler: while a WRITE tool runs with
 * {@code dry_run: true}, every upstream client refuses a non-idempotent request. A handler that forgets the flag
 * then fails loudly (UNHANDLED_EXCEPTION, nothing sent) instead of placing an order.
 *
 * <p>The flag is per thread: WRITE tools always run synchronously on a worker thread, and their clients' sends
 * start on that thread. One instance per host, shared by the invoker and every upstream client.
 *
 * <p>Being the one per-call object the invoker and every upstream client already share, it also carries
 * {@link #caller()}: the bot tag of the current call, which the clients use to share a venue budget fairly.
 */
public final class DryRunGuard {
    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);
    private final CurrentCaller caller = new CurrentCaller();
    private final Map<Class<?>, Optional<RecordComponent>> dryRunComponents = new ConcurrentHashMap<>();

    /** The bot tag of the call running on this thread, shared with the upstream clients this guard serves. */
    public CurrentCaller caller() {
        return caller;
    }

    /** Whether {@code input} (a tool's parsed input record) asks for a dry run: its {@code dryRun} is true. */
    public boolean isDryRun(Object input) {
        if (input == null || !input.getClass().isRecord()) {
            return false;
        }
        Optional<RecordComponent> component = dryRunComponents.computeIfAbsent(input.getClass(), DryRunGuard::find);
        if (component.isEmpty()) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(component.get().getAccessor().invoke(input));
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Runs {@code work} with sends of non-idempotent requests refused on this thread. */
    public <T> T during(Supplier<T> work) {
        boolean previous = active.get();
        active.set(true);
        try {
            return work.get();
        } finally {
            active.set(previous);
        }
    }

    /**
     * Refuses {@code request} when a dry run is active on this thread and the request is not idempotent.
     *
     * @throws ToolException UNHANDLED_EXCEPTION: a handler tried to send a write during a dry run
     */
    public void check(UpstreamRequest request) {
        if (active.get() && !request.idempotent()) {
            throw ToolException.of(ErrorCode.UNHANDLED_EXCEPTION, "dry run: the gateway refused to send "
                    + request.method() + " " + request.path() + " (a write) during a dry_run call; nothing was sent");
        }
    }

    private static Optional<RecordComponent> find(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals("dryRun") && (c.getType() == boolean.class || c.getType() == Boolean.class)) {
                c.getAccessor().setAccessible(true);
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
