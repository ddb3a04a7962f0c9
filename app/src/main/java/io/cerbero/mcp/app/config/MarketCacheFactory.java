package io.cerbero.mcp.app.config;

import io.cerbero.mcp.app.metrics.MeteredCacheMetrics;
import io.cerbero.mcp.core.cache.AnswerStore;
import io.cerbero.mcp.core.cache.CacheCounters;
import io.cerbero.mcp.core.cache.CacheMetrics;
import io.cerbero.mcp.core.cache.CaffeineAnswerStore;
import io.cerbero.mcp.core.cache.ResponseCache;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.limits.InboundLimiter;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires core's market-data cache, its counters and the inbound limiter. */
@Factory
public class MarketCacheFactory {

    /** Built at startup, so a bad override stops the boot with one line per problem. */
    @Context
    MarketCacheSettings marketCacheSettings(ConfigSource config, PluginRegistry registry) {
        return MarketCacheSettings.load(config, registry);
    }

    @Singleton
    CacheCounters cacheCounters() {
        return new CacheCounters();
    }

    /** The counters in core, also published on {@code /metrics}. */
    @Singleton
    CacheMetrics cacheMetrics(CacheCounters counters, MeterRegistry registry) {
        return new MeteredCacheMetrics(counters, registry);
    }

    /** The embedded store, unless a shared one is registered. */
    @Singleton
    @Requires(missingBeans = AnswerStore.class)
    AnswerStore answerStore(MarketCacheSettings settings) {
        return new CaffeineAnswerStore(settings.maxEntries());
    }

    @Singleton
    ResponseCache responseCache(AnswerStore store, Clock clock, CacheMetrics metrics) {
        return new ResponseCache(store, clock, metrics);
    }

    @Singleton
    InboundLimiter inboundLimiter(MarketCacheSettings settings, Clock clock, CacheMetrics metrics) {
        return new InboundLimiter(settings.limits(), clock, metrics);
    }
}
