package io.cerbero.mcp.core.trading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The account as the leverage check sees it: equity and, per symbol, the signed notional of the position and the
 * notional of resting orders on each side — <b>all</b> positions and open orders, not one symbol. Notionals are in
 * {@link #currency()}, valued the venue's way; resting reduce-only orders are left out (they cannot add exposure).
 *
 * @param equity    account equity, in currency
 * @param currency  the currency equity and notionals are in
 * @param exposures per symbol
 */
public record AccountSnapshot(BigDecimal equity, String currency, List<Exposure> exposures) {
    public AccountSnapshot {
        Objects.requireNonNull(currency, "currency");
        exposures = List.copyOf(exposures);
    }

    /**
     * One symbol's exposure.
     *
     * @param symbol       the venue's instrument name
     * @param position     signed position notional (short negative)
     * @param restingBuys  notional of resting buy orders (≥ 0)
     * @param restingSells notional of resting sell orders (≥ 0)
     */
    public record Exposure(String symbol, BigDecimal position, BigDecimal restingBuys, BigDecimal restingSells) {
        public Exposure {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(restingBuys, "restingBuys");
            Objects.requireNonNull(restingSells, "restingSells");
        }

        /** Worst case of this symbol: every resting buy fills, or every resting sell fills. */
        public BigDecimal gross() {
            return position.add(restingBuys).abs().max(position.subtract(restingSells).abs());
        }

        Exposure plus(Side side, BigDecimal notional) {
            return side == Side.buy ? new Exposure(symbol, position, restingBuys.add(notional), restingSells)
                    : new Exposure(symbol, position, restingBuys, restingSells.add(notional));
        }

        /** Without {@code notional} of resting {@code side} orders, never below zero. */
        Exposure minus(Side side, BigDecimal notional) {
            return side == Side.buy
                    ? new Exposure(symbol, position, restingBuys.subtract(notional).max(BigDecimal.ZERO), restingSells)
                    : new Exposure(symbol, position, restingBuys, restingSells.subtract(notional).max(BigDecimal.ZERO));
        }
    }

    /** The exposure of {@code symbol}, zero when the account has none there. */
    public Exposure exposure(String symbol) {
        return exposures.stream().filter(e -> e.symbol().equals(symbol)).findFirst()
                .orElse(new Exposure(symbol, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** Sum of every symbol's worst case. */
    public BigDecimal grossExposure() {
        return exposures.stream().map(Exposure::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Gross exposure once an order of {@code notional} on {@code symbol} rests too. */
    public BigDecimal grossExposureWith(String symbol, Side side, BigDecimal notional) {
        Exposure current = exposure(symbol);
        return grossExposure().subtract(current.gross()).add(current.plus(side, notional).gross());
    }

    /**
     * The account once a resting order of {@code notional} on {@code symbol} is gone (an amend replaces it): its
     * side's resting notional lowered by that much, never below zero.
     */
    public AccountSnapshot withoutResting(String symbol, Side side, BigDecimal notional) {
        Exposure current = exposure(symbol);
        List<Exposure> rest = new ArrayList<>(exposures.stream().filter(e -> !e.symbol().equals(symbol)).toList());
        rest.add(current.minus(side, notional.abs()));
        return new AccountSnapshot(equity, currency, rest);
    }

    public static Builder builder(BigDecimal equity, String currency) {
        return new Builder(equity, currency);
    }

    /** Collects positions and open orders in any order; several entries of one symbol add up. */
    public static final class Builder {
        private final BigDecimal equity;
        private final String currency;
        private final Map<String, Exposure> bySymbol = new LinkedHashMap<>();

        private Builder(BigDecimal equity, String currency) {
            this.equity = equity;
            this.currency = currency;
        }

        /** A position: signed notional, short negative. */
        public Builder position(String symbol, BigDecimal signedNotional) {
            Exposure e = get(symbol);
            bySymbol.put(symbol, new Exposure(symbol, e.position().add(signedNotional), e.restingBuys(),
                    e.restingSells()));
            return this;
        }

        /** A resting order that can add exposure (leave reduce-only orders out). */
        public Builder restingOrder(String symbol, Side side, BigDecimal notional) {
            bySymbol.put(symbol, get(symbol).plus(side, notional.abs()));
            return this;
        }

        public AccountSnapshot build() {
            return new AccountSnapshot(equity, currency, Collections.unmodifiableList(new ArrayList<>(
                    bySymbol.values())));
        }

        private Exposure get(String symbol) {
            return bySymbol.getOrDefault(symbol, new Exposure(symbol, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO));
        }
    }
}
