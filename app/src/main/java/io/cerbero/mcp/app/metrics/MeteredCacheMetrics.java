package io.cerbero.mcp.app.metrics;

import io.cerbero.mcp.core.cache.CacheCounters;
import io.cerbero.mcp.core.cache.CacheMetrics;
import io.cerbero.mcp.core.cache.CacheStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Core's cache and inbound-limit events on {@code /metrics}, and in core's in-memory counters: answers per plugin,
 * tool and {@code X-Cache} status ({@code mcp_cache_answers_total}), background refreshes per plugin and tool
 * ({@code mcp_cache_refreshes_total}), and calls refused by the inbound limits per bot tag and limit
 * ({@code mcp_inbound_refusals_total}). Bot tags are chosen by callers, so past {@link #MAX_BOT_TAGS} distinct
 * tags further ones are counted under {@code bot="other"}, keeping the series bounded. Meters are looked up once
 * per label set and kept: a cache hit costs one map read and one increment here.
 */
public final class MeteredCacheMetrics implements CacheMetrics {
    static final int MAX_BOT_TAGS = 1000;

    private final CacheCounters counters;
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Counter> answers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> refreshes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> refusals = new ConcurrentHashMap<>();

    public MeteredCacheMetrics(CacheCounters counters, MeterRegistry registry) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void answered(String plugin, String tool, CacheStatus status) {
        counters.answered(plugin, tool, status);
        answers.computeIfAbsent(plugin + "/" + tool + "/" + status.headerValue(), k -> Counter.builder("mcp.cache.answers")
                .description("answers of cached tools by how the cache served them (X-Cache)")
                .tags("plugin", plugin, "tool", tool, "status", status.headerValue())
                .register(registry)).increment();
    }

    @Override
    public void refreshed(String plugin, String tool) {
        counters.refreshed(plugin, tool);
        refreshes.computeIfAbsent(plugin + "/" + tool, k -> Counter.builder("mcp.cache.refreshes")
                .description("background refreshes of hot cache entries started shortly before they expire")
                .tags("plugin", plugin, "tool", tool)
                .register(registry)).increment();
    }

    @Override
    public void refused(String botTag, String limit) {
        counters.refused(botTag, limit);
        String bot = refusals.containsKey(botTag + "/" + limit) || refusals.size() < MAX_BOT_TAGS ? botTag : "other";
        refusals.computeIfAbsent(bot + "/" + limit, k -> Counter.builder("mcp.inbound.refusals")
                .description("calls refused with 429 by the inbound limits, by bot tag and limit (bot or token)")
                .tags("bot", bot, "limit", limit)
                .register(registry)).increment();
    }
}
