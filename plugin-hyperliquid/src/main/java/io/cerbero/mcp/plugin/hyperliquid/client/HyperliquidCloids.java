package io.cerbero.mcp.plugin.hyperliquid.client;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.trading.ClientOrderIdFormat;

import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Hyperliquid's client order id, the {@code cloid}: 128 bits as {@code 0x} and 32 hex digits. Generated ones start
 * with the clock's epoch milliseconds (48 bits, so they sort by creation time) followed by 80 random bits from the
 * session's {@code SecureRandom}; given ones are checked and lower-cased.
 */
public final class HyperliquidCloids implements ClientOrderIdFormat {
    public static final HyperliquidCloids INSTANCE = new HyperliquidCloids();
    private static final Pattern CLOID = Pattern.compile("0x[0-9a-fA-F]{32}");
    private static final int TIME_BYTES = 6;
    private static final int BYTES = 16;

    private HyperliquidCloids() {
    }

    @Override
    public String givenOrGenerate(String given, Clock clock, RandomGenerator random) {
        return given == null ? generate(clock, random) : require(given, "client_order_id");
    }

    /** A new cloid: 6 bytes of epoch ms, 10 random bytes. */
    public String generate(Clock clock, RandomGenerator random) {
        byte[] id = new byte[BYTES];
        long millis = clock.millis();
        for (int i = 0; i < TIME_BYTES; i++) {
            id[i] = (byte) (millis >>> (8 * (TIME_BYTES - 1 - i)));
        }
        for (int i = TIME_BYTES; i < BYTES; i++) {
            id[i] = (byte) random.nextInt(256);
        }
        return "0x" + HexFormat.of().formatHex(id);
    }

    /** Whether {@code id} is a cloid. */
    public static boolean isValid(String id) {
        return id != null && CLOID.matcher(id).matches();
    }

    /**
     * A caller's cloid, lower-cased.
     *
     * @throws ToolException INVALID_INPUT naming {@code field}
     */
    public static String require(String id, String field) {
        if (!isValid(id)) {
            throw ToolException.invalidInput(field + " must be a Hyperliquid cloid: 0x followed by 32 hex digits "
                    + "(128 bits)");
        }
        return id.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "HyperliquidCloids[0x + 32 hex]";
    }
}
