package io.cerbero.mcp.plugin.sentiment;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.Upstream;
import io.cerbero.mcp.core.spi.Upstream.UpstreamLimits;
import io.cerbero.mcp.plugin.sentiment.client.Venue;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetCointegrationPairsTool;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetFundingArbSpreadTool;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetFundingMultiExchangeTool;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetLiquidationHeatmapTool;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetNewsTool;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetOiHistoryTool;
import io.cerbero.mcp.plugin.sentiment.tools.SentimentGetSocialMetricsTool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only market sentiment: news (CryptoPanic, CoinDesk), social metrics (LunarCrush), and the public funding
 * and open interest of five perpetual venues. The ServiceLoader entry; stateless.
 *
 * <p>There is no testnet for any of these sources: both tokens reach the same URLs, and each session of an
 * environment reads the same keys (per-environment {@code _TESTNET} / {@code _LIVE} variants still work).
 *
 * <p>Config names: the provider keys keep the names users already know ({@code CRYPTOPANIC_KEY},
 * {@code LUNARCRUSH_KEY}, {@code CRYPTOPANIC_URL} ...), so this plugin has no config prefix and spells every
 * variable in full; its own settings and the venue URLs carry {@code SENTIMENT_}.
 */
public final class SentimentPlugin implements ExchangePlugin<SentimentSession> {
    public static final String NAME = "sentiment";

    public static final String CRYPTOPANIC = "cryptopanic";
    public static final String COINDESK = "coindesk";
    public static final String LUNARCRUSH = "lunarcrush";

    /** Every source answers within this or is reported as timed out by the host (the fan-out deadline is longer). */
    static final Duration SOURCE_TIMEOUT = Duration.ofSeconds(4);
    /** LunarCrush's individual plan: about 10 requests a minute (upstream-apis.md "LunarCrush" [U]). */
    static final int LUNARCRUSH_PER_MINUTE = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Read-only sentiment: crypto news, social metrics, and funding / open interest across Binance, Bybit, "
                + "OKX, Hyperliquid and Deribit";
    }

    /** No prefix: the keys below are the full variable names. */
    @Override
    public String configPrefix() {
        return "";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return List.of(
                ConfigKey.optionalSecret(SentimentConfig.CRYPTOPANIC_KEY,
                        "CryptoPanic auth token: get_news without it reads CoinDesk only"),
                ConfigKey.optionalSecret(SentimentConfig.LUNARCRUSH_KEY,
                        "LunarCrush v4 API key: get_social_metrics answers NOT_CONFIGURED without it"),
                ConfigKey.optionalSecret(SentimentConfig.COINDESK_KEY,
                        "CoinDesk Data API key (optional: the news list also answers without one, at a lower limit)"),
                ConfigKey.withDefault(SentimentConfig.DEADLINE_MS, SentimentConfig.DEFAULT_DEADLINE_MS,
                        "ms a multi-source tool waits before it answers with the sources that did answer "
                                + "(100-30000)"));
    }

    @Override
    public List<Upstream> upstreams() {
        List<Upstream> upstreams = new ArrayList<>(List.of(
                Upstream.shared(CRYPTOPANIC, "CRYPTOPANIC_URL", "https://cryptopanic.com/api/developer/v2", limits(2)),
                Upstream.shared(COINDESK, "COINDESK_URL", "https://data-api.coindesk.com", limits(5)),
                // LunarCrush's individual plan allows about 10 requests a minute [U]
                Upstream.shared(LUNARCRUSH, "LUNARCRUSH_URL", "https://lunarcrush.com/api4/public",
                        UpstreamLimits.perMinute(LUNARCRUSH_PER_MINUTE).withTimeout(SOURCE_TIMEOUT).withMaxRetries(1))));
        for (Venue venue : Venue.values()) {
            upstreams.add(Upstream.shared(venue.upstreamId(), venue.urlKey(), venue.defaultUrl(),
                    limits(venue.requestsPerSecond())));
        }
        return List.copyOf(upstreams);
    }

    private static UpstreamLimits limits(int requestsPerSecond) {
        return new UpstreamLimits(requestsPerSecond, SOURCE_TIMEOUT, 1);
    }

    @Override
    public List<Tool<SentimentSession, ?>> tools() {
        return List.of(
                new SentimentGetNewsTool(),
                new SentimentGetSocialMetricsTool(),
                new SentimentGetFundingMultiExchangeTool(),
                new SentimentGetFundingArbSpreadTool(),
                new SentimentGetOiHistoryTool(),
                new SentimentGetLiquidationHeatmapTool(),
                new SentimentGetCointegrationPairsTool());
    }

    @Override
    public SentimentSession openSession(PluginContext context) {
        return new SentimentSession(context);
    }
}
