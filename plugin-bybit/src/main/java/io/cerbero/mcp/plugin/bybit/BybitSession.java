package io.cerbero.mcp.plugin.bybit;

import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.trading.OrderPipeline;
import io.cerbero.mcp.plugin.bybit.client.BybitClient;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitInstrumentCache;
import io.cerbero.mcp.plugin.bybit.trading.BybitOrderVenue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Bybit state for one environment: the raw client (bound by the host to that environment's URL and keys), the
 * instrument cache, the order pipeline (one per session: it serialises the session's orders) and the context.
 * Thread-safe.
 */
public final class BybitSession implements PluginSession {
    private final PluginContext context;
    private final BybitConfig config;
    private final BybitClient client;
    private final BybitInstrumentCache instruments;
    private final RandomGenerator random = new SecureRandom();
    private final BybitOrderVenue venue;
    private final OrderPipeline<BybitCategory> orders;

    BybitSession(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.config = BybitConfig.from(context.config());
        this.client = new BybitClient(context.upstream(BybitPlugin.UPSTREAM), context.clock(),
                config::requireCredentials);
        this.instruments = new BybitInstrumentCache(client, context.clock());
        this.venue = new BybitOrderVenue(client, instruments);
        this.orders = new OrderPipeline<>(venue, context, random);
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

    /** Core's order pipeline on Bybit: place_order, cancel_order and the batch's planning. */
    public OrderPipeline<BybitCategory> orders() {
        return orders;
    }

    /** Bybit's side of the pipeline, for what the pipeline does not cover (the batch's single request). */
    public BybitOrderVenue venue() {
        return venue;
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
