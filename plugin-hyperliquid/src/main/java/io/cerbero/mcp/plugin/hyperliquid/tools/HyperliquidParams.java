package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.spi.Inputs;

import java.time.Instant;

/** Input checks shared by the tools. */
final class HyperliquidParams {
    /** Coin names are short: BTC, kPEPE, @107. */
    static final int MAX_SYMBOL = 32;

    private HyperliquidParams() {
    }

    /** A present coin name, as the venue spells it (case-sensitive). */
    static String symbol(String symbol) {
        return Inputs.requireToken(symbol, "symbol", MAX_SYMBOL);
    }

    static Instant millis(Long millis) {
        return millis == null || millis <= 0 ? null : Instant.ofEpochMilli(millis);
    }
}
