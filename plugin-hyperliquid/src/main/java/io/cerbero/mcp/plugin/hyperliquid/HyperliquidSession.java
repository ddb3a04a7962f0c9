package io.cerbero.mcp.plugin.hyperliquid;

import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.trading.OrderPipeline;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidActionSigner;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAssets;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidClient;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidNonces;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidOrderParams;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidOrderVenue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Hyperliquid state for one environment: the raw client (bound by the host to that environment's URL), the
 * cached perp universe, the session's nonces, the signer (built on first use from that environment's key) and the
 * order pipeline. Thread-safe.
 */
public final class HyperliquidSession implements PluginSession {
    private final PluginContext context;
    private final HyperliquidConfig config;
    private final HyperliquidClient client;
    private final HyperliquidAssets assets;
    private final HyperliquidNonces nonces;
    private final RandomGenerator random = new SecureRandom();
    private final OrderPipeline<HyperliquidOrderParams> pipeline;
    private volatile HyperliquidActionSigner signer;

    HyperliquidSession(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.config = HyperliquidConfig.from(context.config());
        this.client = new HyperliquidClient(context.upstream(HyperliquidPlugin.UPSTREAM));
        this.assets = new HyperliquidAssets(client, context.clock());
        this.nonces = new HyperliquidNonces(context.clock());
        this.pipeline = new OrderPipeline<>(new HyperliquidOrderVenue(this), context, random);
    }

    public PluginContext context() {
        return context;
    }

    public HyperliquidConfig config() {
        return config;
    }

    public HyperliquidClient client() {
        return client;
    }

    public HyperliquidAssets assets() {
        return assets;
    }

    public Clock clock() {
        return context.clock();
    }

    public boolean mainnet() {
        return context.environment() == Environment.MAINNET;
    }

    public OrderPipeline<HyperliquidOrderParams> pipeline() {
        return pipeline;
    }

    /** The account address queried and traded; NOT_CONFIGURED when unset. */
    public String wallet() {
        return config.requireWallet();
    }

    /** Signs actions with this environment's API wallet (source "a" on mainnet, "b" on testnet). */
    public HyperliquidActionSigner signer() {
        HyperliquidActionSigner s = signer;
        if (s == null) {
            synchronized (this) {
                s = signer;
                if (s == null) {
                    s = new HyperliquidActionSigner(client, config.requireSigner(), nonces, mainnet());
                    signer = s;
                }
            }
        }
        return s;
    }

    /** {@code allMids}: public, weight 2, proves the URL answers as Hyperliquid. */
    @Override
    public void probe() {
        client.allMids();
    }

    @Override
    public String toString() {
        return "HyperliquidSession[" + context.environment().id() + ", " + client + ", " + config + "]";
    }
}
