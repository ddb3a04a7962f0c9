package io.cerbero.mcp.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cerbero.mcp.core.audit.LoggingAuditSink;
import io.cerbero.mcp.core.cache.ResponseCache;
import io.cerbero.mcp.core.config.ConfigSource;
import io.cerbero.mcp.core.invoke.DryRunGuard;
import io.cerbero.mcp.core.invoke.ToolInvoker;
import io.cerbero.mcp.core.json.JsonMappers;
import io.cerbero.mcp.core.registry.HostServices;
import io.cerbero.mcp.core.registry.PluginContextFactory;
import io.cerbero.mcp.core.registry.PluginRegistry;
import io.cerbero.mcp.core.registry.SessionRegistry;
import io.cerbero.mcp.core.schema.ToolSchemas;
import io.cerbero.mcp.core.spi.AuditSink;
import io.cerbero.mcp.core.upstream.HttpTransport;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/** Wires the framework-free core into Micronaut. */
@Factory
public class GatewayFactory {
    /** Environment plus {@code .env}, unless the launcher or a test registered one. */
    @Singleton
    @Requires(missingBeans = ConfigSource.class)
    ConfigSource configSource() {
        return ConfigSource.load(System.getenv(), Path.of(".env"));
    }

    @Singleton
    @Requires(missingBeans = GatewaySettings.class)
    GatewaySettings gatewaySettings(ConfigSource config) {
        return GatewaySettings.load(config);
    }

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The gateway's mapper for tool bodies and envelopes; Micronaut keeps its own for framework use. */
    @Singleton
    @Named("gateway")
    ObjectMapper gatewayJson() {
        return JsonMappers.create();
    }

    @Singleton
    @Requires(missingBeans = AuditSink.class)
    AuditSink auditSink(@Named("gateway") ObjectMapper json) {
        return new LoggingAuditSink(json);
    }

    /** Built at startup so a bad plugin stops the boot (the launcher builds it even earlier and registers it). */
    @Context
    @Requires(missingBeans = PluginRegistry.class)
    PluginRegistry pluginRegistry(GatewaySettings settings, ConfigSource config) {
        return PluginLoading.load(settings, config);
    }

    /** One guard shared by the invoker and every upstream client: dry runs cannot send a write. */
    @Singleton
    DryRunGuard dryRunGuard() {
        return new DryRunGuard();
    }

    @Singleton
    @Bean(preDestroy = "close")
    SessionRegistry sessionRegistry(ConfigSource config, Clock clock, @Named("gateway") ObjectMapper json,
                                    AuditSink audit, HttpTransport transport, DryRunGuard dryRun) {
        return new SessionRegistry(new PluginContextFactory(new HostServices(config, clock, json, audit, transport,
                dryRun)));
    }

    @Singleton
    ToolInvoker toolInvoker(PluginRegistry registry, SessionRegistry sessions, @Named("gateway") ObjectMapper json,
                            AuditSink audit, Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService workers,
                            DryRunGuard dryRun, MarketCacheSettings cacheSettings, ResponseCache cache) {
        return new ToolInvoker(registry, sessions, json, audit, clock, workers, dryRun)
                .caching(cacheSettings.freshness(), cache);
    }

    @Singleton
    ToolSchemas toolSchemas(@Named("gateway") ObjectMapper json) {
        return new ToolSchemas(json);
    }
}
