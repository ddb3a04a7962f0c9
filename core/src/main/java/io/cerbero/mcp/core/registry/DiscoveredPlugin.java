package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.ExchangePlugin;

import java.util.Objects;

/**
 * A plugin found by {@link PluginDiscovery}, before validation.
 *
 * @param plugin      the ServiceLoader instance
 * @param source      where it came from: {@code classpath} or the jar/folder path
 * @param classLoader the loader that defined it (the plugin's own for dropped-in jars)
 */
public record DiscoveredPlugin(ExchangePlugin<?> plugin, String source, ClassLoader classLoader) {
    public DiscoveredPlugin {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(classLoader, "classLoader");
    }
}
