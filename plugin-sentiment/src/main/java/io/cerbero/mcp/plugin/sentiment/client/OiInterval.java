package io.cerbero.mcp.plugin.sentiment.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Sampling intervals every venue with open-interest history supports, with each venue's spelling. */
public enum OiInterval {
    M5("5m", Duration.ofMinutes(5), "5m", "5min", "5m"),
    M15("15m", Duration.ofMinutes(15), "15m", "15min", "15m"),
    M30("30m", Duration.ofMinutes(30), "30m", "30min", "30m"),
    H1("1h", Duration.ofHours(1), "1h", "1h", "1H"),
    H4("4h", Duration.ofHours(4), "4h", "4h", "4H"),
    // OKX's plain "1D" is a UTC+8 day; "1Dutc" lines up with the other venues
    D1("1d", Duration.ofDays(1), "1d", "1d", "1Dutc");

    private final String text;
    private final Duration length;
    private final String binance;
    private final String bybit;
    private final String okx;

    OiInterval(String text, Duration length, String binance, String bybit, String okx) {
        this.text = text;
        this.length = length;
        this.binance = binance;
        this.bybit = bybit;
        this.okx = okx;
    }

    /** The tool-facing spelling: 5m, 15m, 30m, 1h, 4h, 1d. */
    public String text() {
        return text;
    }

    public Duration length() {
        return length;
    }

    public String binance() {
        return binance;
    }

    public String bybit() {
        return bybit;
    }

    public String okx() {
        return okx;
    }

    public static Optional<OiInterval> parse(String text) {
        return Arrays.stream(values()).filter(i -> i.text.equals(text)).findFirst();
    }

    public static List<String> texts() {
        return Arrays.stream(values()).map(OiInterval::text).toList();
    }
}
