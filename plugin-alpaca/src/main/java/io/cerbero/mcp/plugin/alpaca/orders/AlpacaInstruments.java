package io.cerbero.mcp.plugin.alpaca.orders;

import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.trading.InstrumentRules;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaClient;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Asset;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.OptionContract;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Order rules of stocks ({@code GET /v2/assets/{symbol}}) and options ({@code GET /v2/options/contracts/{symbol}}),
 * fetched on first use and kept for {@link #TTL}. One per session, so paper and live never share entries.
 * Thread-safe: two concurrent misses may both fetch, which is harmless.
 *
 * <ul>
 *   <li>stock: qty in shares, whole shares unless the asset is {@code fractionable} (then 9 decimals, Alpaca's
 *       limit); tick by price ({@link AlpacaTicks});</li>
 *   <li>option: qty in contracts of {@code size} (100) shares, whole contracts; tick a cent;</li>
 *   <li>crypto and unknown symbols: INVALID_INPUT (this plugin trades US stocks and options).</li>
 * </ul>
 */
public final class AlpacaInstruments {
    /** Tradability and fractionability change rarely (corporate actions, halts are seen by the venue anyway). */
    public static final Duration TTL = Duration.ofHours(1);
    /** Smallest fractional share Alpaca takes. */
    public static final BigDecimal FRACTION_STEP = new BigDecimal("0.000000001");
    static final BigDecimal DEFAULT_CONTRACT_SIZE = new BigDecimal("100");

    private final AlpacaClient client;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public AlpacaInstruments(AlpacaClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The rules of {@code symbol} for an order priced at {@code tickBasis} (null for market orders).
     *
     * @throws ToolException INVALID_INPUT for an unknown or unsupported symbol
     */
    public InstrumentRules rules(String symbol, BigDecimal tickBasis) {
        Entry entry = entry(symbol);
        if (entry.contract() != null) {
            OptionContract c = entry.contract();
            boolean active = Boolean.TRUE.equals(c.tradable()) && "active".equalsIgnoreCase(c.status());
            BigDecimal size = c.size() != null && c.size().signum() > 0 ? c.size() : DEFAULT_CONTRACT_SIZE;
            return new InstrumentRules(symbol, InstrumentKind.option, active, AlpacaTicks.CENT, null, BigDecimal.ONE,
                    BigDecimal.ONE, null, null, null, null, size, SizeUnit.contracts);
        }
        Asset a = entry.asset();
        boolean active = Boolean.TRUE.equals(a.tradable()) && "active".equalsIgnoreCase(a.status());
        BigDecimal step = Boolean.TRUE.equals(a.fractionable()) ? FRACTION_STEP : BigDecimal.ONE;
        return new InstrumentRules(symbol, InstrumentKind.spot, active, AlpacaTicks.stock(tickBasis), null, step,
                step, null, null, null, null, null, SizeUnit.base);
    }

    /** Whether {@code symbol} is an option contract. */
    public static boolean isOption(String symbol) {
        return OccSymbol.isOption(symbol);
    }

    private Entry entry(String symbol) {
        Instant now = clock.instant();
        Entry cached = entries.get(symbol);
        if (cached != null && cached.loadedAt().plus(TTL).isAfter(now)) {
            return cached;
        }
        Entry fresh;
        if (isOption(symbol)) {
            OptionContract contract = client.optionContract(symbol).orElseThrow(() -> unknown(symbol));
            fresh = new Entry(null, contract, now);
        } else {
            Asset asset = client.asset(symbol).orElseThrow(() -> unknown(symbol));
            if (asset.assetClass() != null && !"us_equity".equalsIgnoreCase(asset.assetClass())) {
                throw ToolException.invalidInput(symbol + " is a " + asset.assetClass() + " asset; this plugin "
                        + "trades US stocks and options only");
            }
            fresh = new Entry(asset, null, now);
        }
        entries.put(symbol, fresh);
        return fresh;
    }

    private static ToolException unknown(String symbol) {
        return ToolException.invalidInput("Alpaca knows no tradable asset '" + symbol + "'")
                .withFix("use a US stock ticker (AAPL) or an OCC option symbol (AAPL250117C00150000)");
    }

    private record Entry(Asset asset, OptionContract contract, Instant loadedAt) {
    }
}
