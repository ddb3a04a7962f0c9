package io.cerbero.mcp.plugin.bybit;

import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.plugin.bybit.client.BybitClient;
import io.cerbero.mcp.plugin.bybit.client.BybitInstrumentCache;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Bybit state for one environment: the raw client (bound by the host to that environment's URL and keys), the
 * instrument cache and the context. Thread-safe.
 */
public final class BybitSession implements PluginSession {
    private final PluginContext context;
    private final BybitConfig config;
    private final BybitClient client;
    private final BybitInstrumentCache instruments;
    private final RandomGenerator random = new SecureRandom();

    BybitSession(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.config = BybitConfig.from(context.config());
        this.client = new BybitClient(context.upstream(BybitPlugin.UPSTREAM), context.clock(),
                config::requireCredentials);
        this.instruments = new BybitInstrumentCache(client, context.clock());
    }

    public PluginContext context() {
        return context;
    }

    public BybitConfig config() {
        return config;
    }

    public BybitClient client() {
        return client;
    }

    public BybitInstrumentCache instruments() {
        return instruments;
    }

    public Clock clock() {
        return context.clock();
    }

    /** For generated client order ids. */
    public RandomGenerator random() {
        return random;
    }

    /** {@code GET /v5/market/time}: public, cheap, proves the URL answers as Bybit. */
    @Override
    public void probe() {
        client.serverTime();
    }

    @Override
    public String toString() {
        return "BybitSession[" + context.environment().id() + ", " + client + ", " + config + "]";
    }
}
