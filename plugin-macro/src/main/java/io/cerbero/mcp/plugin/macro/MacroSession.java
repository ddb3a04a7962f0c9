package io.cerbero.mcp.plugin.macro;

import io.cerbero.mcp.core.spi.PluginContext;
import io.cerbero.mcp.core.spi.PluginSession;
import io.cerbero.mcp.core.support.TtlCache;
import io.cerbero.mcp.plugin.macro.client.CftcClient;
import io.cerbero.mcp.plugin.macro.client.FinnhubClient;
import io.cerbero.mcp.plugin.macro.client.FredClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Macro state for one environment: the three provider clients and their caches. Both environments reach the same
 * providers; each has its own session, so its own caches. A provider whose key is not set has no client, and its
 * tools answer NOT_CONFIGURED while the others work. Thread-safe.
 *
 * <p>Readiness: {@link #probe()} is the default (healthy without a call), so {@code /health/ready} never spends
 * the providers' rate limits.
 */
public final class MacroSession implements PluginSession {
    /** Quotes kept: one entry per symbol. */
    static final long QUOTE_ENTRIES = 1_000;
    /**
     * Caches are bounded by what they hold, not by entries: a FRED answer may be 14 observations or 10000, a COT
     * answer 1 row or 520. About 100 bytes an observation and 1 KB a row keep each cache to some 20 MB.
     */
    static final long FRED_OBSERVATIONS = 200_000;
    static final long CALENDAR_EVENTS = 50_000;
    static final long COT_ROWS = 20_000;

    private final PluginContext context;
    private final MacroConfig config;
    private final Optional<FredClient> fred;
    private final Optional<FinnhubClient> finnhub;
    private final CftcClient cftc;

    MacroSession(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.config = MacroConfig.from(context.config());
        Clock clock = context.clock();
        this.fred = config.fredKey().map(key -> new FredClient(context.upstream(MacroPlugin.FRED), key,
                TtlCache.weighed(config.cacheTtl(), FRED_OBSERVATIONS, a -> weight(a.observations().size()), clock)));
        this.finnhub = config.finnhubKey().map(key -> new FinnhubClient(context.upstream(MacroPlugin.FINNHUB), key,
                TtlCache.of(config.intradayTtl(), QUOTE_ENTRIES, clock),
                TtlCache.weighed(config.intradayTtl(), CALENDAR_EVENTS, c -> weight(c.economicCalendar() == null ? 0
                        : c.economicCalendar().size()), clock)));
        this.cftc = new CftcClient(context.upstream(MacroPlugin.CFTC), config.cftcAppToken(),
                TtlCache.weighed(config.cacheTtl(), COT_ROWS, rows -> weight(rows.size()), clock));
    }

    /** An empty answer still takes a slot. */
    private static int weight(int items) {
        return Math.max(1, items);
    }

    /** The FRED client, or NOT_CONFIGURED when {@code FRED_API_KEY} is not set. */
    public FredClient fred() {
        return fred.orElseThrow(config::fredKeyMissing);
    }

    /** The Finnhub client, or NOT_CONFIGURED when {@code FINNHUB_API_KEY} is not set. */
    public FinnhubClient finnhub() {
        return finnhub.orElseThrow(config::finnhubKeyMissing);
    }

    /** The CFTC client: the COT data is public, so it is always there. */
    public CftcClient cftc() {
        return cftc;
    }

    public MacroConfig config() {
        return config;
    }

    public Clock clock() {
        return context.clock();
    }

    /** Today's date in UTC on the host clock: the default end of every date window. */
    public LocalDate today() {
        return LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return "MacroSession[" + context.environment().id() + ", " + fred.map(Object::toString).orElse("fred unset")
                + ", " + finnhub.map(Object::toString).orElse("finnhub unset") + ", " + cftc + ", " + config + "]";
    }
}
