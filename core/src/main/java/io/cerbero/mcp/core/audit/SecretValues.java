package io.cerbero.mcp.core.audit;

import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.config.ResolvedPluginConfig;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.Secret;

import java.util.ArrayList;
import java.util.List;

/** The values of every secret the plugins declare, as resolved for each environment: what the audit cuts out. */
public final class SecretValues {
    private SecretValues() {
    }

    public static List<String> of(PluginRegistry registry, ConfigSource config) {
        List<String> values = new ArrayList<>();
        for (RegisteredPlugin plugin : registry.plugins()) {
            List<ConfigKey> keys = plugin.allConfigKeys();
            for (Environment environment : Environment.values()) {
                ResolvedPluginConfig resolved = ResolvedPluginConfig.resolve(plugin.plugin().configPrefix(), keys,
                        environment, config);
                keys.stream().filter(ConfigKey::secret)
                        .forEach(k -> resolved.secret(k.name()).map(Secret::reveal).ifPresent(values::add));
            }
        }
        return values;
    }
}
