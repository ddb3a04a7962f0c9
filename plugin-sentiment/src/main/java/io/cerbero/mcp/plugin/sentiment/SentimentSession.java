package io.cerbero.mcp.plugin.sentiment;

import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.support.FanOut;
import io.cerbero.mcp.plugin.sentiment.client.BinancePerps;
import io.cerbero.mcp.plugin.sentiment.client.BybitPerps;
import io.cerbero.mcp.plugin.sentiment.client.CoinDeskClient;
import io.cerbero.mcp.plugin.sentiment.client.CryptoPanicClient;
import io.cerbero.mcp.plugin.sentiment.client.DeribitPerps;
import io.cerbero.mcp.plugin.sentiment.client.HyperliquidPerps;
import io.cerbero.mcp.plugin.sentiment.client.LunarCrushClient;
import io.cerbero.mcp.plugin.sentiment.client.OkxPerps;
import io.cerbero.mcp.plugin.sentiment.client.PerpVenue;
import io.cerbero.mcp.plugin.sentiment.client.Venue;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The sources for one environment (both environments read the same URLs and, unless set per environment, the same
 * keys), and the fan-out that asks several of them at once. Thread-safe; holds no mutable state.
 */
public final class SentimentSession implements PluginSession {
    private final PluginContext context;
    private final SentimentConfig config;
    private final CryptoPanicClient cryptoPanic;
    private final CoinDeskClient coinDesk;
    private final LunarCrushClient lunarCrush;
    private final Map<Venue, PerpVenue> venues;
    private final FanOut fanOut = FanOut.withSystemTimer();

    SentimentSession(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.config = SentimentConfig.from(context.config());
        Clock clock = context.clock();
        this.cryptoPanic = new CryptoPanicClient(context.upstream(SentimentPlugin.CRYPTOPANIC), config.cryptoPanicKey());
        this.coinDesk = new CoinDeskClient(context.upstream(SentimentPlugin.COINDESK), config.coinDeskKey());
        this.lunarCrush = new LunarCrushClient(context.upstream(SentimentPlugin.LUNARCRUSH), config.lunarCrushKey());
        Map<Venue, PerpVenue> perps = new EnumMap<>(Venue.class);
        perps.put(Venue.binance, new BinancePerps(context.upstream(Venue.binance.upstreamId()), clock));
        perps.put(Venue.bybit, new BybitPerps(context.upstream(Venue.bybit.upstreamId()), clock));
        perps.put(Venue.okx, new OkxPerps(context.upstream(Venue.okx.upstreamId()), clock));
        perps.put(Venue.hyperliquid, new HyperliquidPerps(context.upstream(Venue.hyperliquid.upstreamId()), clock));
        perps.put(Venue.deribit, new DeribitPerps(context.upstream(Venue.deribit.upstreamId()), clock));
        this.venues = Map.copyOf(perps);
    }

    public CryptoPanicClient cryptoPanic() {
        return cryptoPanic;
    }

    public CoinDeskClient coinDesk() {
        return coinDesk;
    }

    public LunarCrushClient lunarCrush() {
        return lunarCrush;
    }

    public PerpVenue venue(Venue venue) {
        return venues.get(venue);
    }

    public FanOut fanOut() {
        return fanOut;
    }

    /** How long a multi-source tool waits for its sources ({@code SENTIMENT_DEADLINE_MS}). */
    public Duration deadline() {
        return config.deadline();
    }

    public Clock clock() {
        return context.clock();
    }

    @Override
    public String toString() {
        return "SentimentSession[" + context.environment().id() + ", " + config + "]";
    }
}
