package io.cerbero.mcp.app.config;

import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which tools the MCP endpoint offers ({@code MCP_TOOLSETS}), so that a small model is not handed every tool of
 * every plugin. A comma-separated list of plugin names (only their tools) and the word {@code read-only} (only
 * READ tools); both kinds combine: {@code bybit,read-only} is Bybit's READ tools. Unset or blank: every tool.
 *
 * <p>The REST routes are not affected: the scoping is for what an LLM sees, not an access control.
 *
 * @param plugins  the plugins whose tools are offered; empty for every plugin
 * @param readOnly only READ tools
 */
public record McpToolsets(Set<String> plugins, boolean readOnly) {
    public static final String VARIABLE = "MCP_TOOLSETS";
    public static final McpToolsets ALL = new McpToolsets(Set.of(), false);
    private static final String READ_ONLY = "read-only";
    private static final Pattern PLUGIN_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public McpToolsets {
        plugins = Set.copyOf(plugins);
    }

    /** Parses the variable; a malformed entry stops the start with one line naming it. */
    public static McpToolsets parse(Optional<String> raw) {
        if (raw.isEmpty() || raw.get().isBlank()) {
            return ALL;
        }
        Set<String> plugins = new LinkedHashSet<>();
        boolean readOnly = false;
        List<String> problems = new ArrayList<>();
        for (String part : raw.get().split(",", -1)) {
            String entry = part.trim().toLowerCase(Locale.ROOT);
            if (entry.equals(READ_ONLY)) {
                readOnly = true;
            } else if (PLUGIN_NAME.matcher(entry).matches()) {
                plugins.add(entry);
            } else {
                problems.add(VARIABLE + " entries are plugin names or 'read-only', separated by commas (got '"
                        + part.trim() + "' in '" + raw.get() + "')");
            }
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new McpToolsets(plugins, readOnly);
    }

    /** Refuses a plugin name that no loaded plugin has: a typo would otherwise silently hide every tool. */
    public McpToolsets requireLoaded(PluginRegistry registry) {
        Set<String> loaded = new TreeSet<>();
        registry.plugins().forEach(p -> loaded.add(p.name()));
        List<String> problems = new ArrayList<>();
        for (String name : plugins) {
            if (!loaded.contains(name)) {
                problems.add(VARIABLE + " names plugin '" + name + "', which is not loaded (loaded: "
                        + String.join(", ", loaded) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return this;
    }

    public boolean offers(RegisteredPlugin plugin, Tool<?, ?> tool) {
        return (plugins.isEmpty() || plugins.contains(plugin.name())) && (!readOnly || tool.effect() == Effect.READ);
    }
}
