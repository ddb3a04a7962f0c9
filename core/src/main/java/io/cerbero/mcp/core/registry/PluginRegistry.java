package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.Spi;
import io.cerbero.mcp.core.spi.Tool;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validated set of plugins, by name. Built once at startup; immutable afterwards.
 *
 * <p>Startup fails with a {@link PluginLoadException} (one line) on a duplicate plugin name, a plugin built
 * against an SPI version this host cannot run (see {@link io.cerbero.mcp.core.spi.Spi} for the rule), an invalid
 * plugin or tool name, a duplicate tool, a non-record input or a WRITE tool without {@code dry_run}.
 */
public final class PluginRegistry {
    static final Pattern PLUGIN_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    static final Pattern TOOL_NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private final Map<String, RegisteredPlugin> plugins;

    private PluginRegistry(Map<String, RegisteredPlugin> plugins) {
        this.plugins = java.util.Collections.unmodifiableMap(plugins);
    }

    public static PluginRegistry of(List<DiscoveredPlugin> discovered) {
        Map<String, RegisteredPlugin> byName = new LinkedHashMap<>();
        for (DiscoveredPlugin found : discovered) {
            validate(found);
            RegisteredPlugin previous = byName.get(found.plugin().name());
            if (previous != null) {
                throw new PluginLoadException("duplicate plugin name '" + found.plugin().name() + "': "
                        + previous.source() + " and " + found.source() + " (remove one of them)");
            }
            byName.put(found.plugin().name(), new RegisteredPlugin(found));
        }
        return new PluginRegistry(byName);
    }

    public Optional<RegisteredPlugin> plugin(String name) {
        return Optional.ofNullable(plugins.get(name));
    }

    public Collection<RegisteredPlugin> plugins() {
        return plugins.values();
    }

    private static void validate(DiscoveredPlugin found) {
        ExchangePlugin<?> plugin = found.plugin();
        String where = " (" + found.source() + ")";
        String name = plugin.name();
        if (name == null || !PLUGIN_NAME.matcher(name).matches()) {
            throw new PluginLoadException("plugin " + plugin.getClass().getName() + where
                    + " has an invalid name '" + name + "': use lowercase letters, digits and dashes");
        }
        SpiVersion spi = found.spiVersion();
        if (!spi.runsOnThisHost()) {
            String fix = spi.version() > Spi.VERSION ? "upgrade the gateway, or rebuild the plugin against this core"
                    : "rebuild the plugin against this core";
            throw new PluginLoadException("plugin '" + name + "'" + where + " was built for SPI version "
                    + spi.version() + " (" + spi.source() + ") but this host runs SPI version " + Spi.VERSION
                    + " and accepts " + Spi.OLDEST_SUPPORTED + "-" + Spi.VERSION + " (" + fix + ")");
        }
        Set<String> toolNames = new HashSet<>();
        for (Tool<?, ?> tool : plugin.tools()) {
            String tn = tool.name();
            if (tn == null || !TOOL_NAME.matcher(tn).matches()) {
                throw new PluginLoadException("plugin '" + name + "'" + where + ": tool name '" + tn
                        + "' is not snake_case");
            }
            if (!toolNames.add(tn)) {
                throw new PluginLoadException("plugin '" + name + "'" + where + ": duplicate tool '" + tn + "'");
            }
            if (tool.inputType() == null || !tool.inputType().isRecord()) {
                throw new PluginLoadException("plugin '" + name + "'" + where + ": tool '" + tn
                        + "' input must be a record class");
            }
            if (tool.effect() == Effect.WRITE && !hasDryRun(tool.inputType())) {
                throw new PluginLoadException("plugin '" + name + "'" + where + ": WRITE tool '" + tn
                        + "' input needs a boolean dryRun component (dry_run)");
            }
        }
    }

    private static boolean hasDryRun(Class<?> inputType) {
        RecordComponent[] components = inputType.getRecordComponents();
        return Arrays.stream(components).anyMatch(c -> c.getName().equals("dryRun")
                && (c.getType() == boolean.class || c.getType() == Boolean.class));
    }
}
