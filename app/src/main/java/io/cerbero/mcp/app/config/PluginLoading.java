package io.cerbero.mcp.app.config;

import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.registry.DiscoveredPlugin;
import io.cerbero.mcp.core.registry.PluginDiscovery;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.registry.SharedSecretCheck;
import io.cerbero.mcp.core.registry.SpiVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the built-in plugins on the class path and the dropped-in ones in {@code PLUGINS_DIR}, validates them as
 * one registry and logs each (name, version, source). Throws
 * {@link io.cerbero.mcp.core.registry.PluginLoadException} with one clear line when a plugin is unusable.
 */
public final class PluginLoading {
    private static final Logger LOG = LoggerFactory.getLogger("mcp.plugins");

    private PluginLoading() {
    }

    /**
     * {@link #load(GatewaySettings)}, then one warning per plugin whose SPI version is not recorded in its jar and
     * per secret that one unsuffixed variable serves to both environments.
     */
    public static PluginRegistry load(GatewaySettings settings, ConfigSource config) {
        PluginRegistry registry = load(settings);
        for (RegisteredPlugin plugin : registry.plugins()) {
            if (plugin.spiVersion().source() == SpiVersion.Source.UNRECORDED && !"classpath".equals(plugin.source())) {
                LOG.warn("plugin {} from {} does not record its SPI version (manifest {}): assumed {}", plugin.name(),
                        plugin.source(), SpiVersion.MANIFEST_ATTRIBUTE, plugin.spiVersion().version());
            }
        }
        SharedSecretCheck.warnings(registry.plugins(), config).forEach(LOG::warn);
        return registry;
    }

    public static PluginRegistry load(GatewaySettings settings) {
        ClassLoader host = PluginLoading.class.getClassLoader();
        List<DiscoveredPlugin> found = new ArrayList<>(PluginDiscovery.onClassPath(host));
        found.addAll(PluginDiscovery.inDirectory(settings.pluginsDir(), host));
        PluginRegistry registry = PluginRegistry.of(found);
        for (RegisteredPlugin plugin : registry.plugins()) {
            LOG.info("plugin {} version {} from {} ({} tools)", plugin.name(), plugin.plugin().version(),
                    plugin.source(), plugin.tools().size());
            List<String> untyped = plugin.tools().stream().filter(t -> t.outputType() == null)
                    .map(t -> t.name()).toList();
            if (!untyped.isEmpty()) {
                LOG.warn("plugin {}: tools without a declared output type (documented as an open object): {}",
                        plugin.name(), String.join(", ", untyped));
            }
        }
        if (registry.plugins().isEmpty()) {
            LOG.warn("no plugins found on the class path or in {}", settings.pluginsDir().toAbsolutePath());
        }
        return registry;
    }
}
