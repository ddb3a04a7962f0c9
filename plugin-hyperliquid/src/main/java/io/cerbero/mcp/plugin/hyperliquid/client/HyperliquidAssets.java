package io.cerbero.mcp.plugin.hyperliquid.client;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.Asset;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.Meta;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The perp universe from {@code meta}, cached: asset index (its position in the universe, different on testnet
 * and mainnet, so always loaded, never hard-coded) and {@code szDecimals} per coin. Reloaded after {@link #TTL}.
 * Thread-safe.
 */
public final class HyperliquidAssets {
    /** Listings change rarely; meta costs 20 of the 1200 weight a minute. */
    public static final Duration TTL = Duration.ofMinutes(10);
    /** Perp prices take at most {@code 6 - szDecimals} decimals. */
    static final int PERP_PRICE_DECIMALS = 6;

    /**
     * One perp.
     *
     * @param index       the asset id used in actions
     * @param szDecimals  size decimals
     * @param maxLeverage the venue's leverage limit
     */
    public record PerpAsset(int index, String name, int szDecimals, Integer maxLeverage, boolean onlyIsolated,
                            boolean delisted) {
        /** Size increment: 10^-szDecimals. */
        public BigDecimal qtyStep() {
            return BigDecimal.ONE.movePointLeft(szDecimals);
        }

        /** Most decimals a price may have: 6 - szDecimals. */
        public int priceDecimals() {
            return Math.max(0, PERP_PRICE_DECIMALS - szDecimals);
        }

        /** The finest price increment: 10^-(6 - szDecimals); significant figures restrict it further. */
        public BigDecimal tickSize() {
            return BigDecimal.ONE.movePointLeft(priceDecimals());
        }
    }

    private record Snapshot(Map<String, PerpAsset> byName, Instant loadedAt) {
    }

    private final HyperliquidClient client;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public HyperliquidAssets(HyperliquidClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The perp named {@code coin} (case-sensitive, as the venue spells it: {@code BTC}, {@code kPEPE}).
     *
     * @throws ToolException INVALID_INPUT for an unknown coin
     */
    public PerpAsset require(String coin) {
        PerpAsset asset = current().byName().get(coin);
        if (asset == null) {
            throw ToolException.invalidInput("Hyperliquid has no perpetual named '" + coin + "'")
                    .withFix("names are case-sensitive (BTC, ETH, kPEPE); list them with get_instruments")
                    .withDetail("reason", "unknown_instrument"); // remembered a few seconds by the host cache
        }
        return asset;
    }

    /** The universe as read from {@code meta}. */
    public static Map<String, PerpAsset> index(Meta meta) {
        Map<String, PerpAsset> byName = new LinkedHashMap<>();
        List<Asset> universe = meta.universe();
        for (int i = 0; i < universe.size(); i++) {
            Asset a = universe.get(i);
            byName.put(a.name(), new PerpAsset(i, a.name(), a.szDecimals(), a.maxLeverage(),
                    Boolean.TRUE.equals(a.onlyIsolated()), a.delisted()));
        }
        return byName;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && clock.instant().isBefore(s.loadedAt().plus(TTL))) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s == null || !clock.instant().isBefore(s.loadedAt().plus(TTL))) {
                s = new Snapshot(Map.copyOf(index(client.meta())), clock.instant());
                snapshot = s;
            }
            return s;
        }
    }
}
