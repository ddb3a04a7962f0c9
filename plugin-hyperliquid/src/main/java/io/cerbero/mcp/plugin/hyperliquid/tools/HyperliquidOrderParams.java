package io.cerbero.mcp.plugin.hyperliquid.tools;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Hyperliquid's order parameters beyond the uniform ones.
 *
 * @param tif      time in force of a limit order (post_only means {@link HyperliquidTif#Alo}); market orders are Ioc
 * @param slippage bound of a market order (or of a market trigger when it fires), a fraction of the reference price
 * @param grouping {@code na} for a plain order, {@code positionTpsl} for a TP/SL tied to the position
 */
public record HyperliquidOrderParams(HyperliquidTif tif, BigDecimal slippage, String grouping) {
    public HyperliquidOrderParams {
        Objects.requireNonNull(tif, "tif");
        Objects.requireNonNull(slippage, "slippage");
        Objects.requireNonNull(grouping, "grouping");
    }
}
