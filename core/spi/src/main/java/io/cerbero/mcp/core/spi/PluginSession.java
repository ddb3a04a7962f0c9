package io.cerbero.mcp.core.spi;

/**
 * A plugin's state for one environment: its venue client, caches (instrument info), credentials.
 *
 * <p>Lifecycle: created by {@link ExchangePlugin#openSession} on the first call for its (plugin, environment),
 * cached by the host and shared by every later call of that environment, and {@link #close() closed} once at
 * shutdown. Never shared between environments.
 *
 * <p>Threading: used by many calls at once; implementations must be thread-safe.
 */
public interface PluginSession extends AutoCloseable {

    /**
     * A cheap upstream call for {@code /health/ready} (the host gives it 2 s). Throws {@link ToolException} when
     * the upstream is not usable. The default reports healthy without calling anything.
     */
    default void probe() {
    }

    /** Releases what the session holds. Must not throw. */
    @Override
    default void close() {
    }
}
