package io.cerbero.mcp.plugin.macro.client;

import java.math.BigDecimal;

/**
 * Long and short open interest of one trader class in one report, in contracts. A side the row did not carry is
 * {@code null}, never zero.
 *
 * @param traderClass {@code dealer}, {@code asset_manager}, {@code managed_money} …
 * @param longs       long positions, contracts
 * @param shorts      short positions, contracts
 * @param longColumn  the Socrata column the long side is read from (named when it is missing)
 * @param shortColumn the Socrata column the short side is read from
 */
public record CotPosition(String traderClass, BigDecimal longs, BigDecimal shorts, String longColumn,
                          String shortColumn) {

    public boolean isComplete() {
        return longs != null && shorts != null;
    }

    /** Long minus short, or {@code null} when a side is missing. */
    public BigDecimal net() {
        return isComplete() ? longs.subtract(shorts) : null;
    }
}
