package io.cerbero.mcp.core.cache;

import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.registry.RegisteredPlugin;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Tool;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which tools are cached, and how fresh: each READ tool's own {@link Tool#freshness()}, overridden by the operator
 * per plugin and tool with {@code CACHE_TTL_<PLUGIN>_<TOOL>} (e.g. {@code CACHE_TTL_BYBIT_GET_TICKER=250ms};
 * {@code 0} turns caching off) and {@code CACHE_MAX_STALE_<PLUGIN>_<TOOL>}. WRITE tools are never cached.
 */
public final class FreshnessPolicy {
    static final String TTL_PREFIX = "CACHE_TTL_";
    static final String STALE_PREFIX = "CACHE_MAX_STALE_";

    private final Map<String, Duration> ttlOverrides;
    private final Map<String, Duration> staleOverrides;

    private FreshnessPolicy(Map<String, Duration> ttlOverrides, Map<String, Duration> staleOverrides) {
        this.ttlOverrides = Map.copyOf(ttlOverrides);
        this.staleOverrides = Map.copyOf(staleOverrides);
    }

    /** Only what the tools declare. */
    public static FreshnessPolicy declared() {
        return new FreshnessPolicy(Map.of(), Map.of());
    }

    /**
     * Reads the overrides of the given plugins' tools; adds one line to {@code problems} per bad value, per
     * override of a WRITE tool and per override naming no tool.
     */
    public static FreshnessPolicy load(ConfigSource config, Collection<RegisteredPlugin> plugins, List<String> problems) {
        Map<String, Duration> ttl = new HashMap<>();
        Map<String, Duration> stale = new HashMap<>();
        Set<String> known = new HashSet<>();
        for (RegisteredPlugin plugin : plugins) {
            for (Tool<?, ?> tool : plugin.tools()) {
                String suffix = variableSuffix(plugin.name(), tool.name());
                known.add(TTL_PREFIX + suffix);
                known.add(STALE_PREFIX + suffix);
                read(config, TTL_PREFIX + suffix, tool, problems).ifPresent(d -> ttl.put(key(plugin.name(), tool.name()), d));
                read(config, STALE_PREFIX + suffix, tool, problems).ifPresent(d -> stale.put(key(plugin.name(), tool.name()), d));
            }
        }
        config.names().stream().sorted()
                .filter(n -> (n.startsWith(TTL_PREFIX) || n.startsWith(STALE_PREFIX)) && !known.contains(n))
                .forEach(n -> problems.add(n + " names no tool (expected " + TTL_PREFIX + "<PLUGIN>_<TOOL>, e.g. "
                        + TTL_PREFIX + "BYBIT_GET_TICKER)"));
        return new FreshnessPolicy(ttl, stale);
    }

    /** The freshness of one tool, or empty when it is not cached. */
    public Optional<Freshness> of(String plugin, Tool<?, ?> tool) {
        if (tool.effect() != Effect.READ) {
            return Optional.empty();
        }
        String key = key(plugin, tool.name());
        Optional<Freshness> declared = tool.freshness();
        Duration ttl = ttlOverrides.getOrDefault(key, declared.map(Freshness::ttl).orElse(Duration.ZERO));
        Duration stale = staleOverrides.getOrDefault(key, declared.map(Freshness::maxStale).orElse(Duration.ZERO));
        return ttl.isZero() ? Optional.empty() : Optional.of(new Freshness(ttl, stale));
    }

    static String variableSuffix(String plugin, String tool) {
        return (plugin + "_" + tool).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String key(String plugin, String tool) {
        return plugin + "/" + tool;
    }

    private static Optional<Duration> read(ConfigSource config, String name, Tool<?, ?> tool, List<String> problems) {
        Optional<String> raw = config.get(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (tool.effect() != Effect.READ) {
            problems.add(name + ": " + tool.name() + " is a WRITE tool; WRITE tools are never cached");
            return Optional.empty();
        }
        Optional<Duration> value = DurationSetting.parse(raw.get());
        if (value.isEmpty()) {
            problems.add(name + " must be 0 or a whole number with ms, s, m or h, e.g. 250ms (got '" + raw.get() + "')");
        }
        return value;
    }
}
