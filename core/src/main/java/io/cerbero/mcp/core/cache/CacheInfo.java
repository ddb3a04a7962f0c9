package io.cerbero.mcp.core.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * How the host's cache served one answer: its status and its age (time since the venue answered this gateway,
 * not the venue's own {@code data_timestamp}).
 */
public record CacheInfo(CacheStatus status, Duration age) {
    public CacheInfo {
        Objects.requireNonNull(status, "status");
        age = age == null || age.isNegative() ? Duration.ZERO : age;
    }

    /** The {@code Age} header: whole seconds, rounded down (RFC 9111). */
    public long ageSeconds() {
        return age.toSeconds();
    }
}
