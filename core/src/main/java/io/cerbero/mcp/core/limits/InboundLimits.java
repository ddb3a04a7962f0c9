package io.cerbero.mcp.core.limits;

import io.cerbero.mcp.core.config.ConfigSource;

import java.util.List;

/**
 * The inbound call limits, in calls per second (bursts of one second's worth): per bot tag
 * ({@code RATE_LIMIT_PER_BOT}, default {@value #DEFAULT_PER_BOT}) and per token, i.e. per environment
 * ({@code RATE_LIMIT_PER_TOKEN}, default {@value #DEFAULT_PER_TOKEN}). {@code 0} turns a limit off. Cache hits
 * count like any call: the limits protect the gateway and the other bots, not only the venue.
 */
public record InboundLimits(int perBot, int perToken) {
    public static final int DEFAULT_PER_BOT = 50;
    public static final int DEFAULT_PER_TOKEN = 500;

    public InboundLimits {
        if (perBot < 0 || perToken < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** No limits. */
    public static InboundLimits none() {
        return new InboundLimits(0, 0);
    }

    /** Reads both variables; one line in {@code problems} per bad value. */
    public static InboundLimits load(ConfigSource config, List<String> problems) {
        return new InboundLimits(read(config, "RATE_LIMIT_PER_BOT", DEFAULT_PER_BOT, problems),
                read(config, "RATE_LIMIT_PER_TOKEN", DEFAULT_PER_TOKEN, problems));
    }

    private static int read(ConfigSource config, String name, int fallback, List<String> problems) {
        String raw = config.get(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 0 && value <= 1_000_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be a whole number of calls per second from 0 (off) to 1000000 (got '" + raw + "')");
        return fallback;
    }
}
