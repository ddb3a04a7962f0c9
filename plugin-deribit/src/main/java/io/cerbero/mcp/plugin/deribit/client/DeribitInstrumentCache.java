package io.cerbero.mcp.plugin.deribit.client;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.Instrument;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live instrument of a currency (all kinds in one {@code public/get_instruments} call), kept for {@link #TTL}.
 * Deribit limits that method to 1 request per 10 s (burst 5), so every tool that needs instrument metadata — order
 * rules, {@code get_instruments}, the option-chain analytics — reads it from here. One per session, so testnet and
 * mainnet never share entries. Non-blocking: concurrent misses of one currency share a single fetch.
 */
public final class DeribitInstrumentCache {
    /** New option expiries are listed daily; a few minutes of staleness is harmless for rules and chains. */
    public static final Duration TTL = Duration.ofMinutes(10);

    private final DeribitClient client;
    private final Clock clock;
    private final Map<String, CompletableFuture<Listing>> byCurrency = new ConcurrentHashMap<>();

    public DeribitInstrumentCache(DeribitClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The live instruments of {@code currency} (BTC, ETH, USDC …), all kinds. */
    public CompletableFuture<Listing> listing(String currency) {
        while (true) {
            CompletableFuture<Listing> cached = byCurrency.get(currency);
            if (cached != null && fresh(cached)) {
                return cached;
            }
            CompletableFuture<Listing> next = new CompletableFuture<>();
            boolean mine = cached == null ? byCurrency.putIfAbsent(currency, next) == null
                    : byCurrency.replace(currency, cached, next);
            if (mine) {
                client.instruments(currency).whenComplete((answer, failure) -> {
                    if (failure != null) {
                        next.completeExceptionally(io.cerbero.mcp.core.concurrent.Completions.unwrap(failure));
                    } else {
                        next.complete(new Listing(currency, answer.result() == null ? List.of() : answer.result(),
                                clock.instant()));
                    }
                });
                return next;
            }
        }
    }

    /**
     * One instrument.
     *
     * @throws ToolException INVALID_INPUT when the venue lists no live instrument of that name
     */
    public Instrument get(String symbol) {
        DeribitSymbol parsed = DeribitSymbol.parse(symbol);
        Listing listing = DeribitClient.await(listing(parsed.listingCurrency()));
        return listing.find(symbol).orElseThrow(() -> ToolException.invalidInput("Deribit lists no live instrument '"
                + symbol + "' under " + parsed.listingCurrency()).withFix("check the name with get_instruments"));
    }

    private boolean fresh(CompletableFuture<Listing> cached) {
        if (!cached.isDone()) {
            return true;
        }
        return !cached.isCompletedExceptionally() && cached.join().loadedAt().plus(TTL).isAfter(clock.instant());
    }

    /** The instruments of one currency, by name. */
    public record Listing(String currency, List<Instrument> instruments, Instant loadedAt) {
        public Listing {
            instruments = List.copyOf(instruments);
        }

        public java.util.Optional<Instrument> find(String name) {
            return instruments.stream().filter(i -> name.equals(i.instrumentName())).findFirst();
        }

        /** By name, for chain lookups. */
        public Map<String, Instrument> byName() {
            Map<String, Instrument> out = new LinkedHashMap<>();
            instruments.forEach(i -> out.put(i.instrumentName(), i));
            return out;
        }
    }
}
