package io.cerbero.mcp.plugin.macro;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.core.spi.Upstream.Budget;
import io.cerbero.mcp.core.spi.Upstream.UpstreamLimits;
import io.cerbero.mcp.plugin.macro.tools.MacroGetAssetPricesTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetBreakevenInflationTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetCotExtremePositioningTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetCotReportTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetEconomicCalendarTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetEquityFuturesTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetFredSeriesTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetTreasuryYieldsTool;
import io.cerbero.mcp.plugin.macro.tools.MacroGetYieldCurveSlopeTool;

import java.time.Duration;
import java.util.List;

/**
 * Macro data, read only: rates and inflation from FRED, quotes and the economic calendar from Finnhub, and the
 * CFTC Commitments of Traders from its public Socrata API. The ServiceLoader entry; stateless.
 *
 * <p>No provider has a testnet: both tokens reach the same sources with the same keys (which may still be set per
 * environment with {@code _TESTNET} / {@code _LIVE}). The variables keep the names users know from the providers
 * ({@code FRED_API_KEY}, {@code FINNHUB_API_KEY}, {@code FRED_URL} …), so the config prefix is empty.
 */
public final class MacroPlugin implements ExchangePlugin<MacroSession> {
    public static final String NAME = "macro";
    public static final String FRED = "fred";
    public static final String FINNHUB = "finnhub";
    public static final String CFTC = "cftc";
    public static final String FRED_URL = "https://api.stlouisfed.org";
    public static final String FINNHUB_URL = "https://finnhub.io/api/v1";
    public static final String CFTC_URL = "https://publicreporting.cftc.gov";

    /**
     * FRED allows about 120 requests a minute per key (upstream-apis.md "FRED" [U]): the budget is exactly that. One
     * Treasury curve is 11 series fetched at once, and the cache keeps the average far below it.
     */
    static final Budget FRED_BUDGET = Budget.perMinute(120);
    /** Finnhub's free plan: 60 a minute and 30 a second [U]; a quote board fans out one request per symbol. */
    static final Budget FINNHUB_BUDGET = new Budget(30, 60, Duration.ofMinutes(1));
    /** Socrata throttles anonymous callers by IP (an app token raises it); COT answers are large and weekly. */
    static final int CFTC_PER_SECOND = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Macro (read only): Treasury yields, FRED series, curve slope and breakevens (FRED); asset and equity "
                + "futures quotes and the economic calendar (Finnhub); CFTC Commitments of Traders and positioning "
                + "extremes";
    }

    /** Empty: the keys are the providers' own variable names. */
    @Override
    public String configPrefix() {
        return "";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(
                ConfigKey.optionalSecret(MacroConfig.FRED_API_KEY,
                        "FRED API key (32 lowercase characters); the FRED tools answer NOT_CONFIGURED without it"),
                ConfigKey.optionalSecret(MacroConfig.FINNHUB_API_KEY,
                        "Finnhub API key; the quote and calendar tools answer NOT_CONFIGURED without it"),
                ConfigKey.optionalSecret(MacroConfig.CFTC_APP_TOKEN,
                        "optional Socrata app token (X-App-Token) for higher CFTC throttling limits"),
                ConfigKey.withDefault(MacroConfig.CACHE_TTL, MacroConfig.DEFAULT_CACHE_TTL,
                        "seconds FRED and CFTC answers (daily and weekly data) are served from the cache; 0 disables"),
                ConfigKey.withDefault(MacroConfig.INTRADAY_TTL, MacroConfig.DEFAULT_INTRADAY_TTL,
                        "seconds Finnhub quotes and calendar answers are served from the cache; 0 disables"),
                ConfigKey.withDefault(MacroConfig.ASSET_SYMBOLS, MacroConfig.DEFAULT_ASSET_SYMBOLS,
                        "comma-separated Finnhub symbols quoted by get_asset_prices"),
                ConfigKey.withDefault(MacroConfig.EQUITY_FUTURES_SYMBOLS, MacroConfig.DEFAULT_EQUITY_FUTURES_SYMBOLS,
                        "comma-separated Finnhub symbols quoted by get_equity_futures (ETF proxies by default)"));
    }

    @Override
    public List<Upstream> upstreams() {
        return List.of(
                Upstream.shared(FRED, "FRED_URL", FRED_URL, UpstreamLimits.of(FRED_BUDGET)),
                Upstream.shared(FINNHUB, "FINNHUB_URL", FINNHUB_URL, UpstreamLimits.of(FINNHUB_BUDGET)),
                Upstream.shared(CFTC, "CFTC_URL", CFTC_URL, new UpstreamLimits(CFTC_PER_SECOND,
                        Duration.ofSeconds(20), 2)));
    }

    @Override
    public List<Tool<MacroSession, ?>> tools() {
        return List.of(
                new MacroGetTreasuryYieldsTool(),
                new MacroGetFredSeriesTool(),
                new MacroGetYieldCurveSlopeTool(),
                new MacroGetBreakevenInflationTool(),
                new MacroGetAssetPricesTool(),
                new MacroGetEquityFuturesTool(),
                new MacroGetEconomicCalendarTool(),
                MacroGetCotReportTool.tff(),
                MacroGetCotReportTool.disaggregated(),
                new MacroGetCotExtremePositioningTool());
    }

    @Override
    public MacroSession openSession(PluginContext context) {
        return new MacroSession(context);
    }
}
