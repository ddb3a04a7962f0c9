package io.cerbero.mcp.core.trading;

import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.model.SizeUnit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the order pipeline rounds and checks an order against, as the venue states it for one instrument. Null
 * means "the venue has no such rule".
 *
 * @param symbol            the venue's instrument name
 * @param kind              spot, perpetual, future, option
 * @param active            whether the venue accepts orders now
 * @param tickSize          price increment
 * @param maxSignificantFigures at most this many significant figures in a price that is not a whole number
 *                          (Hyperliquid: 5, whole prices always allowed); null for none
 * @param qtyStep           quantity increment
 * @param minQty            smallest quantity
 * @param maxQty            largest quantity of one order
 * @param minNotional       smallest order value (qty valued at the limit or reference price), in the quote currency
 * @param minPrice          lowest accepted price
 * @param maxPrice          highest accepted price
 * @param contractSize      base units per contract, for {@link SizeUnit#contracts}; null means 1
 * @param qtyUnit           what an order's qty counts
 */
public record InstrumentRules(String symbol, InstrumentKind kind, boolean active, BigDecimal tickSize,
                              Integer maxSignificantFigures, BigDecimal qtyStep, BigDecimal minQty, BigDecimal maxQty,
                              BigDecimal minNotional, BigDecimal minPrice, BigDecimal maxPrice,
                              BigDecimal contractSize, SizeUnit qtyUnit) {
    public InstrumentRules {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qtyUnit, "qtyUnit");
    }

    /**
     * The value of {@code qty} at {@code price} in the quote currency: {@code qty × price} for base units,
     * {@code qty × contract size × price} for contracts, {@code qty} itself when qty already counts the quote
     * (inverse contracts in USD).
     */
    public BigDecimal notional(BigDecimal qty, BigDecimal price) {
        return switch (qtyUnit) {
            case quote -> qty;
            case base -> qty.multiply(price);
            case contracts -> qty.multiply(contractSize == null ? BigDecimal.ONE : contractSize).multiply(price);
        };
    }
}
