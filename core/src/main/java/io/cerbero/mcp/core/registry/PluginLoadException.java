package io.cerbero.mcp.core.registry;

/** Startup refused: a plugin is unusable. The message is one line naming the plugin, its source and the fix. */
public final class PluginLoadException extends RuntimeException {
    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
