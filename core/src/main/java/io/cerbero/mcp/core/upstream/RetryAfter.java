package io.cerbero.mcp.core.upstream;

import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads HTTP {@code Retry-After}: delta seconds or an HTTP date. */
final class RetryAfter {
    private RetryAfter() {
    }

    static Optional<Duration> from(UpstreamResponse response, Clock clock) {
        return response.header("Retry-After").flatMap(value -> parse(value.trim(), clock));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        try {
            long seconds = Long.parseLong(value);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
