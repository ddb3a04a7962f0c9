package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.ExchangePlugin;

import java.util.Objects;

/**
 * A plugin found by {@link PluginDiscovery}, before validation.
 *
 * @param plugin      the ServiceLoader instance
 * @param source      where it came from: {@code classpath} or the jar/folder path
 * @param classLoader the loader that defined it (the plugin's own for dropped-in jars)
 * @param spiVersion  the SPI version it was built against, and where that was read
 */
public record DiscoveredPlugin(ExchangePlugin<?> plugin, String source, ClassLoader classLoader,
                               SpiVersion spiVersion) {
    public DiscoveredPlugin {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(spiVersion, "spiVersion");
    }

    /** Reads the SPI version from the plugin's jar manifest (or its own override). */
    public DiscoveredPlugin(ExchangePlugin<?> plugin, String source, ClassLoader classLoader) {
        this(plugin, source, classLoader, SpiVersion.of(Objects.requireNonNull(plugin, "plugin")));
    }
}
