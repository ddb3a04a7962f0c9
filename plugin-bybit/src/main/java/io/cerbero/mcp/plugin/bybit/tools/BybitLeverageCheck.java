package io.cerbero.mcp.plugin.bybit.tools;

import java.math.BigDecimal;

/**
 * The leverage check of one symbol, shown in order responses so the caller sees why an order passed.
 *
 * @param equity            account equity (USD, UNIFIED wallet totalEquity)
 * @param positionNotional  signed notional of the current position (short negative)
 * @param orderNotional     notional the call's non-reduce-only orders add in the worst-case direction
 * @param currentLeverage   |position notional| / equity
 * @param resultingLeverage worst-case |position ± orders| / equity
 * @param maxLeverage       the gateway cap (BYBIT_MAX_LEVERAGE)
 */
public record BybitLeverageCheck(String symbol, BigDecimal equity, BigDecimal positionNotional,
                                 BigDecimal orderNotional, BigDecimal currentLeverage, BigDecimal resultingLeverage,
                                 BigDecimal maxLeverage) {
}
