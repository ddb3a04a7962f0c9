package io.cerbero.mcp.plugin.hyperliquid;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.RiskLimits;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidWeights;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidCancelOrderTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetAccountSummaryTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetBasisTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetFundingRateTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetInstrumentsTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetOhlcvTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetOpenOrdersTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetOrderbookTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetPositionsTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetTechnicalIndicatorsTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidGetTickerTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidPlaceOrderTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidSetLeverageTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidSetStopLossTool;
import io.cerbero.mcp.plugin.hyperliquid.tools.HyperliquidSetTakeProfitTool;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Hyperliquid perpetuals over {@code POST /info} and {@code POST /exchange}, on testnet and mainnet. The
 * ServiceLoader entry; stateless.
 *
 * <p>Config (prefix {@code HYPERLIQUID_}, each also as {@code _TESTNET} / {@code _LIVE}): {@code URL_TESTNET},
 * {@code URL_LIVE}, {@code WALLET_ADDRESS}, {@code API_WALLET_ADDRESS}, {@code PRIVATE_KEY},
 * {@code MARKET_SLIPPAGE}, {@code MAX_LEVERAGE}.
 */
public final class HyperliquidPlugin implements ExchangePlugin<HyperliquidSession> {
    public static final String NAME = "hyperliquid";
    public static final String UPSTREAM = "rest";
    public static final String TESTNET_URL = "https://api.hyperliquid-testnet.xyz";
    public static final String LIVE_URL = "https://api.hyperliquid.xyz";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Hyperliquid perpetuals: market data, account and signed orders (L1 actions, API wallet)";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(
                new ConfigKey(HyperliquidConfig.WALLET_ADDRESS, false, false, null,
                        "address (0x…) of the account whose positions are read and traded"),
                new ConfigKey(HyperliquidConfig.API_WALLET_ADDRESS, false, false, null,
                        "address of the API wallet that signs; checked against HYPERLIQUID_PRIVATE_KEY"),
                ConfigKey.optionalSecret(HyperliquidConfig.PRIVATE_KEY,
                        "the API wallet's private key (64 hex digits); market tools work without it"),
                ConfigKey.withDefault(HyperliquidConfig.MARKET_SLIPPAGE, HyperliquidConfig.DEFAULT_MARKET_SLIPPAGE,
                        "default price bound of market orders, a fraction of the mid (0.05 = 5 %)"));
    }

    /** {@code HYPERLIQUID_MAX_LEVERAGE}, default 3: orders (account-wide) and {@code set_leverage}. */
    @Override
    public Optional<RiskLimits> riskLimits() {
        return Optional.of(RiskLimits.maxLeverage(HyperliquidConfig.DEFAULT_MAX_LEVERAGE));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment(UPSTREAM, "URL", TESTNET_URL, LIVE_URL,
                // the venue's per-IP weight budget (1200 a minute); each request carries its weight
                Upstream.UpstreamLimits.weighted(HyperliquidWeights.BUDGET_PER_MINUTE,
                        HyperliquidWeights.BUDGET_PER_MINUTE, Duration.ofMinutes(1))));
    }

    @Override
    public List<Tool<HyperliquidSession, ?>> tools() {
        return List.of(
                new HyperliquidGetTickerTool(),
                new HyperliquidGetOrderbookTool(),
                new HyperliquidGetOhlcvTool(),
                new HyperliquidGetFundingRateTool(),
                new HyperliquidGetInstrumentsTool(),
                new HyperliquidGetBasisTool(),
                new HyperliquidGetTechnicalIndicatorsTool(),
                new HyperliquidGetAccountSummaryTool(),
                new HyperliquidGetPositionsTool(),
                new HyperliquidGetOpenOrdersTool(),
                new HyperliquidPlaceOrderTool(),
                new HyperliquidCancelOrderTool(),
                new HyperliquidSetStopLossTool(),
                new HyperliquidSetTakeProfitTool(),
                new HyperliquidSetLeverageTool());
    }

    @Override
    public HyperliquidSession openSession(PluginContext context) {
        return new HyperliquidSession(context);
    }
}
