package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.ToolException;

import java.time.Duration;
import java.util.Arrays;

/**
 * Bar lengths of {@code get_ohlcv}, with Deribit's chart resolution, which is in <b>minutes</b> (or {@code 1D}) —
 * unlike DVOL's, which is in seconds (trap).
 */
public enum DeribitInterval {
    M1("1m", "1", 1), M3("3m", "3", 3), M5("5m", "5", 5), M10("10m", "10", 10), M15("15m", "15", 15),
    M30("30m", "30", 30), H1("1h", "60", 60), H2("2h", "120", 120), H3("3h", "180", 180), H6("6h", "360", 360),
    H12("12h", "720", 720), D1("1d", "1D", 1440);

    private final String label;
    private final String resolution;
    private final int minutes;

    DeribitInterval(String label, String resolution, int minutes) {
        this.label = label;
        this.resolution = resolution;
        this.minutes = minutes;
    }

    /** {@code 1h} → H1; INVALID_INPUT otherwise. */
    public static DeribitInterval parse(String label, String field) {
        return Arrays.stream(values()).filter(i -> i.label.equals(label)).findFirst()
                .orElseThrow(() -> ToolException.invalidInput(field + " must be one of "
                        + String.join(", ", Arrays.stream(values()).map(DeribitInterval::label).toList())));
    }

    public String label() {
        return label;
    }

    /** Deribit's {@code resolution} parameter of the chart method. */
    public String resolution() {
        return resolution;
    }

    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    /** Bars per 365-day year, to annualise volatility. */
    public double perYear() {
        return 365.0 * 24 * 60 / minutes;
    }
}
