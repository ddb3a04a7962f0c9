package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.ToolException;

import java.time.Duration;
import java.util.Arrays;

/** DVOL bar lengths with Deribit's resolution for {@code get_volatility_index_data}, in <b>seconds</b> (trap). */
public enum DeribitDvolResolution {
    M1("1m", "60", Duration.ofMinutes(1)), H1("1h", "3600", Duration.ofHours(1)),
    H12("12h", "43200", Duration.ofHours(12)), D1("1d", "1D", Duration.ofDays(1));

    private final String label;
    private final String resolution;
    private final Duration length;

    DeribitDvolResolution(String label, String resolution, Duration length) {
        this.label = label;
        this.resolution = resolution;
        this.length = length;
    }

    public static DeribitDvolResolution parse(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst()
                .orElseThrow(() -> ToolException.invalidInput("resolution must be one of 1m, 1h, 12h, 1d"));
    }

    public String label() {
        return label;
    }

    public String resolution() {
        return resolution;
    }

    public Duration length() {
        return length;
    }
}
