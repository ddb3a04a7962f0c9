package io.cerbero.mcp.plugin.bybit.client;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instrument rules (tick size, qty step, min/max qty, leverage filter) per category and symbol, fetched from
 * instruments-info on first use and kept for {@link #TTL}. One per session, so testnet and mainnet never share
 * entries. Thread-safe: two concurrent misses may both fetch, which is harmless.
 */
public final class BybitInstrumentCache {
    /** Instrument rules change rarely (tick size changes are announced days ahead). */
    public static final Duration TTL = Duration.ofHours(1);

    private final BybitClient client;
    private final Clock clock;
    private final Map<BybitCategory, Map<String, Entry>> byCategory = new EnumMap<>(BybitCategory.class);

    public BybitInstrumentCache(BybitClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (BybitCategory category : BybitCategory.values()) {
            byCategory.put(category, new ConcurrentHashMap<>());
        }
    }

    /**
     * The rules of one instrument.
     *
     * @throws ToolException INVALID_INPUT when the venue does not list the symbol in that category
     */
    public Instrument get(BybitCategory category, String symbol) {
        Map<String, Entry> entries = byCategory.get(category);
        Entry entry = entries.get(symbol);
        Instant now = clock.instant();
        if (entry != null && entry.loadedAt().plus(TTL).isAfter(now)) {
            return entry.instrument();
        }
        List<Instrument> found = client.instruments(category, symbol, null, null, null).requireResult().list();
        Instrument instrument = found.stream().filter(i -> symbol.equals(i.symbol())).findFirst()
                .orElseThrow(() -> ToolException.invalidInput("Bybit lists no " + category + " instrument '" + symbol + "'")
                        .withFix("check the symbol and category with get_instruments"));
        entries.put(symbol, new Entry(instrument, now));
        return instrument;
    }

    /** The instrument if a call already loaded it (however long ago), without asking the venue. */
    public java.util.Optional<Instrument> peek(BybitCategory category, String symbol) {
        Entry entry = byCategory.get(category).get(symbol);
        return entry == null ? java.util.Optional.empty() : java.util.Optional.of(entry.instrument());
    }

    /** Stores instruments another call already fetched (get_instruments warms the cache). */
    public void putAll(BybitCategory category, List<Instrument> instruments) {
        Instant now = clock.instant();
        Map<String, Entry> entries = byCategory.get(category);
        instruments.forEach(i -> {
            if (i.symbol() != null) {
                entries.put(i.symbol(), new Entry(i, now));
            }
        });
    }

    private record Entry(Instrument instrument, Instant loadedAt) {
    }
}
