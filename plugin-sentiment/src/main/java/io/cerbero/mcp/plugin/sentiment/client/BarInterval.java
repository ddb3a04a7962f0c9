package io.cerbero.mcp.plugin.sentiment.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Candle intervals for statistics, with each venue's spelling. */
public enum BarInterval {
    H1("1h", Duration.ofHours(1), "1h", "60"),
    H4("4h", Duration.ofHours(4), "4h", "240"),
    D1("1d", Duration.ofDays(1), "1d", "D");

    private final String text;
    private final Duration length;
    private final String binance;
    private final String bybit;

    BarInterval(String text, Duration length, String binance, String bybit) {
        this.text = text;
        this.length = length;
        this.binance = binance;
        this.bybit = bybit;
    }

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

    public static Optional<BarInterval> parse(String text) {
        return Arrays.stream(values()).filter(i -> i.text.equals(text)).findFirst();
    }

    public static List<String> texts() {
        return Arrays.stream(values()).map(BarInterval::text).toList();
    }
}
