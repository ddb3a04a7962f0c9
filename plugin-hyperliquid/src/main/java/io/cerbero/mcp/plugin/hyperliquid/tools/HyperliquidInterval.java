package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.spi.ToolException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The venue's candle intervals and their lengths (a month counted as 30 days, only to size the time window). */
enum HyperliquidInterval {
    M1("1m", Duration.ofMinutes(1)), M3("3m", Duration.ofMinutes(3)), M5("5m", Duration.ofMinutes(5)),
    M15("15m", Duration.ofMinutes(15)), M30("30m", Duration.ofMinutes(30)), H1("1h", Duration.ofHours(1)),
    H2("2h", Duration.ofHours(2)), H4("4h", Duration.ofHours(4)), H8("8h", Duration.ofHours(8)),
    H12("12h", Duration.ofHours(12)), D1("1d", Duration.ofDays(1)), D3("3d", Duration.ofDays(3)),
    W1("1w", Duration.ofDays(7)), MO1("1M", Duration.ofDays(30));

    static final String DEFAULT = "1h";
    static final String ALLOWED = "1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 8h, 12h, 1d, 3d, 1w, 1M";

    private final String wire;
    private final Duration length;

    HyperliquidInterval(String wire, Duration length) {
        this.wire = wire;
        this.length = length;
    }

    String wire() {
        return wire;
    }

    Duration length() {
        return length;
    }

    /** The interval spelled {@code value} (case matters: 1m is a minute, 1M a month); default 1h. */
    static HyperliquidInterval parse(String value) {
        String v = value == null ? DEFAULT : value.trim();
        return Arrays.stream(values()).filter(i -> i.wire.equals(v)).findFirst()
                .orElseThrow(() -> ToolException.invalidInput("interval must be one of " + ALLOWED));
    }

    static List<String> names() {
        return Arrays.stream(values()).map(HyperliquidInterval::wire).toList();
    }
}
