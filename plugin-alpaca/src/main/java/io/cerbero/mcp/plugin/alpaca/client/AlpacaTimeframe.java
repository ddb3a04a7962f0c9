package io.cerbero.mcp.plugin.alpaca.client;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Bar lengths as callers write them ({@code 1m}, {@code 1h}, {@code 1d} …) and as Alpaca's {@code timeframe}
 * parameter spells them ({@code 1Min}, {@code 1Hour}, {@code 1Day} …), with the calendar span that surely holds a
 * given number of bars: US markets trade about 6.5 of 24 hours on 5 of 7 days, so an intraday bar count needs six
 * times its length of calendar time, a daily one one and a half, plus five days for holidays.
 *
 * @param interval  as the caller wrote it
 * @param timeframe Alpaca's spelling
 * @param length    one bar's length
 */
public record AlpacaTimeframe(String interval, String timeframe, Duration length) {
    private static final Map<String, AlpacaTimeframe> BY_INTERVAL = Map.of(
            "1m", new AlpacaTimeframe("1m", "1Min", Duration.ofMinutes(1)),
            "5m", new AlpacaTimeframe("5m", "5Min", Duration.ofMinutes(5)),
            "15m", new AlpacaTimeframe("15m", "15Min", Duration.ofMinutes(15)),
            "30m", new AlpacaTimeframe("30m", "30Min", Duration.ofMinutes(30)),
            "1h", new AlpacaTimeframe("1h", "1Hour", Duration.ofHours(1)),
            "4h", new AlpacaTimeframe("4h", "4Hour", Duration.ofHours(4)),
            "1d", new AlpacaTimeframe("1d", "1Day", Duration.ofDays(1)),
            "1w", new AlpacaTimeframe("1w", "1Week", Duration.ofDays(7)),
            "1M", new AlpacaTimeframe("1M", "1Month", Duration.ofDays(31)));
    /** The intervals callers may use, for schemas and messages. */
    public static final String[] INTERVALS = {"1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"};

    public static Optional<AlpacaTimeframe> of(String interval) {
        return Optional.ofNullable(interval == null ? null : BY_INTERVAL.get(interval));
    }

    /** Calendar time that holds at least {@code bars} bars of this length. */
    public Duration spanFor(int bars) {
        long factorTenths = length.compareTo(Duration.ofDays(1)) < 0 ? 60 : length.equals(Duration.ofDays(1)) ? 15 : 10;
        return length.multipliedBy(bars).multipliedBy(factorTenths).dividedBy(10).plusDays(5);
    }
}
