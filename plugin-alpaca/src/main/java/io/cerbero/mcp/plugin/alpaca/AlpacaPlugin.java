package io.cerbero.mcp.plugin.alpaca;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.RiskLimits;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaAmendOrderTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaCancelAllOrdersTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaCancelOrderTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaClosePositionTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetAccountSummaryTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetClockTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetOhlcvTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetOpenOrdersTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetOptionChainTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetPositionsTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetSnapshotTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetTechnicalIndicatorsTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaGetTickerTool;
import io.cerbero.mcp.plugin.alpaca.tools.AlpacaPlaceOrderTool;

import java.util.List;
import java.util.Optional;

/**
 * Alpaca: US stocks and options, paper (testnet token) and live (mainnet token). The ServiceLoader entry; stateless.
 *
 * <p>Two upstreams: the trading API per environment ({@code ALPACA_URL_TESTNET} = paper, {@code ALPACA_URL_LIVE})
 * and the market data API, one host for both ({@code ALPACA_DATA_URL}), always called with the caller's
 * environment's keys.
 */
public final class AlpacaPlugin implements ExchangePlugin<AlpacaSession> {
    public static final String NAME = "alpaca";
    public static final String TRADING = "trading";
    public static final String DATA = "data";
    public static final String PAPER_URL = "https://paper-api.alpaca.markets";
    public static final String LIVE_URL = "https://api.alpaca.markets";
    public static final String DATA_URL = "https://data.alpaca.markets";
    /**
     * Alpaca allows 200 trading requests per minute per account (upstream-apis.md §4: HTTP 429 beyond, with
     * {@code X-Ratelimit-Reset} in epoch seconds, which the host honours before any further call). The host's budget
     * is that: a burst of 200, then one request every 300 ms, shared fairly between bots.
     */
    static final int TRADING_REQUESTS_PER_MINUTE = 200;
    /** The free data plan allows 200 requests per minute as well. */
    static final int DATA_REQUESTS_PER_MINUTE = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Alpaca: US stocks and options — market data, account, and orders on paper and live accounts";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(
                ConfigKey.optionalSecret(AlpacaConfig.API_KEY_ID, "Alpaca API key id (APCA-API-KEY-ID); paper and "
                        + "live keys differ: set the _TESTNET and _LIVE variants"),
                ConfigKey.optionalSecret(AlpacaConfig.SECRET_KEY, "Alpaca API secret key (APCA-API-SECRET-KEY)"),
                ConfigKey.withDefault(AlpacaConfig.DATA_FEED, AlpacaConfig.DEFAULT_DATA_FEED,
                        "stock data feed: iex (free plan) or sip (paid)"),
                ConfigKey.withDefault(AlpacaConfig.OPTIONS_FEED, AlpacaConfig.DEFAULT_OPTIONS_FEED,
                        "options data feed: indicative (free, delayed) or opra (paid)"));
    }

    /** {@code ALPACA_MAX_LEVERAGE}, default 1 (no margin): gross positions and resting orders over equity. */
    @Override
    public Optional<RiskLimits> riskLimits() {
        return Optional.of(RiskLimits.maxLeverage(AlpacaConfig.DEFAULT_MAX_LEVERAGE));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(
                Upstream.perEnvironment(TRADING, "URL", PAPER_URL, LIVE_URL,
                        Upstream.UpstreamLimits.perMinute(TRADING_REQUESTS_PER_MINUTE)),
                Upstream.shared(DATA, "DATA_URL", DATA_URL,
                        Upstream.UpstreamLimits.perMinute(DATA_REQUESTS_PER_MINUTE)));
    }

    @Override
    public List<Tool<AlpacaSession, ?>> tools() {
        return List.of(
                new AlpacaGetTickerTool(),
                new AlpacaGetSnapshotTool(),
                new AlpacaGetOhlcvTool(),
                new AlpacaGetOptionChainTool(),
                new AlpacaGetTechnicalIndicatorsTool(),
                new AlpacaGetClockTool(),
                new AlpacaGetAccountSummaryTool(),
                new AlpacaGetPositionsTool(),
                new AlpacaGetOpenOrdersTool(),
                new AlpacaPlaceOrderTool(),
                new AlpacaAmendOrderTool(),
                new AlpacaCancelOrderTool(),
                new AlpacaCancelAllOrdersTool(),
                new AlpacaClosePositionTool());
    }

    @Override
    public AlpacaSession openSession(PluginContext context) {
        return new AlpacaSession(context);
    }
}
