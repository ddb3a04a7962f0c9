package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated plugin with its tools indexed by name. Immutable. */
public final class RegisteredPlugin {
    private final ExchangePlugin<?> plugin;
    private final String source;
    private final ClassLoader classLoader;
    private final SpiVersion spiVersion;
    private final Map<String, Tool<?, ?>> tools;

    RegisteredPlugin(DiscoveredPlugin discovered) {
        this.plugin = discovered.plugin();
        this.source = discovered.source();
        this.classLoader = discovered.classLoader();
        this.spiVersion = discovered.spiVersion();
        Map<String, Tool<?, ?>> byName = new LinkedHashMap<>();
        for (Tool<?, ?> tool : discovered.plugin().tools()) {
            byName.put(tool.name(), tool);
        }
        this.tools = java.util.Collections.unmodifiableMap(byName);
    }

    public String name() {
        return plugin.name();
    }

    public ExchangePlugin<?> plugin() {
        return plugin;
    }

    public String source() {
        return source;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The SPI version the plugin was built against, and where the host read it. */
    public SpiVersion spiVersion() {
        return spiVersion;
    }

    public Collection<Tool<?, ?>> tools() {
        return tools.values();
    }

    public Optional<Tool<?, ?>> tool(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    /** The plugin's declared keys plus those of its declared risk limits: what a session's config resolves. */
    public List<ConfigKey> sessionConfigKeys() {
        List<ConfigKey> keys = new ArrayList<>(plugin.configKeys());
        plugin.riskLimits().ifPresent(limits -> keys.addAll(limits.configKeys()));
        return List.copyOf(keys);
    }

    /** Every variable the plugin reads: its declared keys, its risk limits and the base URL of each upstream. */
    public List<ConfigKey> allConfigKeys() {
        List<ConfigKey> keys = new ArrayList<>(sessionConfigKeys());
        for (Upstream upstream : plugin.upstreams()) {
            if (upstream.isPerEnvironment()) {
                keys.add(ConfigKey.withDefault(upstream.urlKey() + "_TESTNET", upstream.testnetDefault(),
                        "base URL of " + upstream.id() + " for testnet tokens"));
                keys.add(ConfigKey.withDefault(upstream.urlKey() + "_LIVE", upstream.liveDefault(),
                        "base URL of " + upstream.id() + " for mainnet tokens"));
            } else {
                keys.add(ConfigKey.withDefault(upstream.urlKey(), upstream.liveDefault(), "base URL of " + upstream.id()));
            }
        }
        return List.copyOf(keys);
    }

    @Override
    public String toString() {
        return name() + " " + plugin.version() + " (" + source + ", " + tools.size() + " tools)";
    }
}
