package io.cerbero.mcp.plugin.bybit;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.RiskLimits;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.plugin.bybit.tools.BybitCancelOrderTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetAccountSummaryTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetBasisTermStructureTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetBasisTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetFundingRateTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetInstrumentsTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOhlcvTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOpenInterestTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOpenOrdersTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOrderbookImbalanceTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOrderbookTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetPositionsTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetTechnicalIndicatorsTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetTickerTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitPlaceBatchOrderTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitPlaceOrderTool;
import io.cerbero.mcp.plugin.bybit.tools.BybitSetLeverageTool;

import java.util.List;
import java.util.Optional;

/**
 * Bybit v5 REST: market data and trading on testnet and mainnet. The ServiceLoader entry; stateless.
 *
 * <p>Config (prefix {@code BYBIT_}, each also as {@code _TESTNET} / {@code _LIVE}): {@code URL_TESTNET},
 * {@code URL_LIVE}, {@code API_KEY}, {@code API_SECRET}, {@code RECV_WINDOW}, {@code MAX_LEVERAGE}.
 */
public final class BybitPlugin implements ExchangePlugin<BybitSession> {
    public static final String NAME = "bybit";
    public static final String UPSTREAM = "rest";
    public static final String TESTNET_URL = "https://api-testnet.bybit.com";
    public static final String LIVE_URL = "https://api.bybit.com";
    /**
     * Bybit allows 600 requests per 5 s per IP (HTTP 403 and a 10-minute ban beyond); 50/s per environment keeps
     * both environments together well under it.
     */
    static final int REQUESTS_PER_SECOND = 50;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Bybit v5: spot, linear/inverse perpetuals and futures, options — market data, account and orders";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(
                ConfigKey.optionalSecret(BybitConfig.API_KEY, "Bybit API key (public market tools work without it)"),
                ConfigKey.optionalSecret(BybitConfig.API_SECRET, "Bybit API secret, the HMAC-SHA256 signing key"),
                ConfigKey.withDefault(BybitConfig.RECV_WINDOW, BybitConfig.DEFAULT_RECV_WINDOW,
                        "ms a signed request stays valid at the venue (X-BAPI-RECV-WINDOW)"));
    }

    /** {@code BYBIT_MAX_LEVERAGE}, default 3: orders (account-wide) and {@code set_leverage}. */
    @Override
    public Optional<RiskLimits> riskLimits() {
        return Optional.of(RiskLimits.maxLeverage(BybitConfig.DEFAULT_MAX_LEVERAGE));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(Upstream.perEnvironment(UPSTREAM, "URL", TESTNET_URL, LIVE_URL,
                Upstream.UpstreamLimits.perSecond(REQUESTS_PER_SECOND)));
    }

    @Override
    public List<Tool<BybitSession, ?>> tools() {
        return List.of(
                new BybitGetTickerTool(),
                new BybitGetOrderbookTool(),
                new BybitGetOhlcvTool(),
                new BybitGetInstrumentsTool(),
                new BybitGetFundingRateTool(),
                new BybitGetOpenInterestTool(),
                new BybitGetBasisTool(),
                new BybitGetBasisTermStructureTool(),
                new BybitGetOrderbookImbalanceTool(),
                new BybitGetTechnicalIndicatorsTool(),
                new BybitGetAccountSummaryTool(),
                new BybitGetPositionsTool(),
                new BybitGetOpenOrdersTool(),
                new BybitPlaceOrderTool(),
                new BybitPlaceBatchOrderTool(),
                new BybitCancelOrderTool(),
                new BybitSetLeverageTool());
    }

    @Override
    public BybitSession openSession(PluginContext context) {
        return new BybitSession(context);
    }
}
