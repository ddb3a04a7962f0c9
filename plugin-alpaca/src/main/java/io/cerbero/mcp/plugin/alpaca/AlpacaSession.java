package io.cerbero.mcp.plugin.alpaca;

import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.trading.OrderPipeline;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaClient;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaInstruments;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderParams;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderVenue;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaPrices;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Alpaca state for one environment: the client (trading URL of that environment, the shared data URL, that
 * environment's keys on both), the instrument cache, and core's order pipeline over {@link AlpacaOrderVenue}.
 * Thread-safe.
 */
public final class AlpacaSession implements PluginSession {
    private final PluginContext context;
    private final AlpacaConfig config;
    private final AlpacaClient client;
    private final AlpacaInstruments instruments;
    private final AlpacaPrices prices;
    private final AlpacaOrderVenue venue;
    private final OrderPipeline<AlpacaOrderParams> pipeline;
    private final RandomGenerator random = new SecureRandom();

    AlpacaSession(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.config = AlpacaConfig.from(context.config());
        this.client = new AlpacaClient(context.upstream(AlpacaPlugin.TRADING), context.upstream(AlpacaPlugin.DATA),
                config::requireCredentials);
        this.instruments = new AlpacaInstruments(client, context.clock());
        this.prices = new AlpacaPrices(client, config.stockFeed(), config.optionsFeed());
        this.venue = new AlpacaOrderVenue(client, instruments, prices);
        this.pipeline = new OrderPipeline<>(venue, context, random);
    }

    public PluginContext context() {
        return context;
    }

    public AlpacaConfig config() {
        return config;
    }

    public AlpacaClient client() {
        return client;
    }

    public AlpacaInstruments instruments() {
        return instruments;
    }

    public AlpacaPrices prices() {
        return prices;
    }

    public AlpacaOrderVenue venue() {
        return venue;
    }

    public OrderPipeline<AlpacaOrderParams> pipeline() {
        return pipeline;
    }

    /** The session's source of generated client order ids. */
    public RandomGenerator random() {
        return random;
    }

    public Clock clock() {
        return context.clock();
    }

    /** {@code GET /v2/clock}: cheap, authenticated, proves the trading URL and the keys work. */
    @Override
    public void probe() {
        client.clock();
    }

    @Override
    public String toString() {
        return "AlpacaSession[" + context.environment().id() + ", " + client + ", " + config + "]";
    }
}
