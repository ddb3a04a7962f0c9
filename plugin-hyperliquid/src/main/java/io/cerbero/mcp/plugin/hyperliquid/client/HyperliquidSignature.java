package io.cerbero.mcp.plugin.hyperliquid.client;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A recoverable secp256k1 signature as Hyperliquid reads it: {@code {"r": "0x…", "s": "0x…", "v": 27|28}}.
 * {@link #rHex()} and {@link #sHex()} have no leading zero digits, as the venue's own SDK sends them.
 */
public record HyperliquidSignature(BigInteger r, BigInteger s, int v) {
    public HyperliquidSignature {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        if (v != 27 && v != 28) {
            throw new IllegalArgumentException("v must be 27 or 28");
        }
    }

    public String rHex() {
        return "0x" + r.toString(16);
    }

    public String sHex() {
        return "0x" + s.toString(16);
    }
}
