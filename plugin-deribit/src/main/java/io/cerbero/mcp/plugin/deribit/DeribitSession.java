package io.cerbero.mcp.plugin.deribit;

import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.trading.OrderPipeline;
import io.cerbero.mcp.plugin.deribit.client.DeribitClient;
import io.cerbero.mcp.plugin.deribit.client.DeribitInstrumentCache;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderParams;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderVenue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Deribit state for one environment: the raw client (bound by the host to that environment's URL, with that
 * environment's key and access token), the instrument cache and core's order pipeline over
 * {@link DeribitOrderVenue}. Thread-safe.
 */
public final class DeribitSession implements PluginSession {
    private final PluginContext context;
    private final DeribitConfig config;
    private final DeribitClient client;
    private final DeribitInstrumentCache instruments;
    private final RandomGenerator random = new SecureRandom();
    private final DeribitOrderVenue orderVenue;
    private final OrderPipeline<DeribitOrderParams> pipeline;

    DeribitSession(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.config = DeribitConfig.from(context.config());
        this.client = new DeribitClient(context.upstream(DeribitPlugin.UPSTREAM), context.clock(),
                config::requireCredentials);
        this.instruments = new DeribitInstrumentCache(client, context.clock());
        this.orderVenue = new DeribitOrderVenue(client, instruments, config.currencies());
        this.pipeline = new OrderPipeline<>(orderVenue, context, random);
    }

    public PluginContext context() {
        return context;
    }

    public DeribitConfig config() {
        return config;
    }

    public DeribitClient client() {
        return client;
    }

    public DeribitInstrumentCache instruments() {
        return instruments;
    }

    public DeribitOrderVenue orderVenue() {
        return orderVenue;
    }

    /** Core's order pipeline: rounding, client order ids, the account-wide leverage cap, dry run, audit. */
    public OrderPipeline<DeribitOrderParams> pipeline() {
        return pipeline;
    }

    public Clock clock() {
        return context.clock();
    }

    /** For generated client order ids. */
    public RandomGenerator random() {
        return random;
    }

    /** {@code public/get_time}: public, cheap, proves the URL answers as Deribit. */
    @Override
    public void probe() {
        DeribitClient.await(client.time());
    }

    @Override
    public String toString() {
        return "DeribitSession[" + context.environment().id() + ", " + client + "]";
    }
}
