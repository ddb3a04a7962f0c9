package io.cerbero.mcp.plugin.hyperliquid.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Numbers as the venue puts them on the wire (and so into the signed msgpack): its SDK's {@code float_to_wire}
 * and {@code float_to_int_for_hashing}, done on {@link BigDecimal} so nothing passes through a double.
 */
public final class HyperliquidWire {
    /** Decimals the venue's wire format keeps. */
    static final int WIRE_DECIMALS = 8;

    private HyperliquidWire() {
    }

    /**
     * {@code float_to_wire}: at most 8 decimals (a value that would need rounding is refused: round it to the
     * instrument first), trailing zeros and dot stripped, never scientific notation, zero as {@code "0"}.
     * 100 → {@code "100"}, 0.0147 → {@code "0.0147"}, 1e-8 → {@code "0.00000001"}.
     *
     * @throws IllegalArgumentException when the value has more than 8 decimals
     */
    public static String decimal(BigDecimal value) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(WIRE_DECIMALS, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than 8 decimals cannot go on the wire: " + value.toPlainString());
        }
        return scaled.signum() == 0 ? "0" : scaled.stripTrailingZeros().toPlainString();
    }

    /**
     * {@code float_to_int_for_hashing}: the value times 10^8 as an integer (123123123123 → 12312312312300000000;
     * 0.00001231 → 1231).
     *
     * @throws IllegalArgumentException when that is not an integer (the SDK's "rounding" error)
     */
    public static BigInteger intForHashing(BigDecimal value) {
        try {
            return value.movePointRight(WIRE_DECIMALS).setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number of 1e-8: " + value.toPlainString());
        }
    }
}
