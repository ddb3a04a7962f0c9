package io.cerbero.mcp.plugin.hyperliquid.tools;

/** Time in force of a limit order, as the venue spells it: good till cancel, immediate or cancel, add liquidity only. */
public enum HyperliquidTif {
    Gtc, Ioc, Alo
}
