package io.cerbero.mcp.app.config;

import io.cerbero.mcp.core.cache.FreshnessPolicy;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.limits.InboundLimits;
import io.cerbero.mcp.core.registry.PluginRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * The market-data cache and inbound limit settings, checked at startup with one line per bad value:
 * {@code CACHE_TTL_<PLUGIN>_<TOOL>}, {@code CACHE_MAX_STALE_<PLUGIN>_<TOOL>}, {@code CACHE_MAX_ENTRIES}
 * (default {@value #DEFAULT_MAX_ENTRIES}), {@code RATE_LIMIT_PER_BOT}, {@code RATE_LIMIT_PER_TOKEN}.
 */
public record MarketCacheSettings(FreshnessPolicy freshness, long maxEntries, InboundLimits limits) {
    public static final long DEFAULT_MAX_ENTRIES = 10_000;

    public static MarketCacheSettings load(ConfigSource config, PluginRegistry registry) {
        List<String> problems = new ArrayList<>();
        FreshnessPolicy freshness = FreshnessPolicy.load(config, registry.plugins(), problems);
        long maxEntries = maxEntries(config, problems);
        InboundLimits limits = InboundLimits.load(config, problems);
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new MarketCacheSettings(freshness, maxEntries, limits);
    }

    private static long maxEntries(ConfigSource config, List<String> problems) {
        String raw = config.get("CACHE_MAX_ENTRIES").orElse(null);
        if (raw == null) {
            return DEFAULT_MAX_ENTRIES;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= 1 && value <= 10_000_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("CACHE_MAX_ENTRIES must be a whole number from 1 to 10000000 (got '" + raw + "')");
        return DEFAULT_MAX_ENTRIES;
    }
}
