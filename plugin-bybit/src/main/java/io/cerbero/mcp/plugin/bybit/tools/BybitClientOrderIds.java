package io.cerbero.mcp.plugin.bybit.tools;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Client order ids (Bybit's orderLinkId, at most 36 chars) for orders the caller sent without one:
 * {@code cmcp-<epoch ms base36>-<10 random base36 chars>}, e.g. {@code cmcp-m5fqz8ow-3k9x0c1q7a} (24 chars).
 * Time comes from the host clock, so ids sort by creation time; the random part keeps them unique.
 */
final class BybitClientOrderIds {
    static final String PREFIX = "cmcp-";
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private BybitClientOrderIds() {
    }

    static String generate(Clock clock, RandomGenerator random) {
        StringBuilder id = new StringBuilder(PREFIX).append(Long.toString(clock.millis(), 36)).append('-');
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
