package io.cerbero.mcp.core.upstream;

import io.cerbero.mcp.core.spi.UpstreamResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a rate-limited venue asks us to wait, read the same way for every venue from the first header present:
 * <ol>
 *   <li>HTTP {@code Retry-After}: delta seconds or an HTTP date;</li>
 *   <li>{@code X-Ratelimit-Reset}: epoch <b>seconds</b> when the window resets (Alpaca: "sleep until reset",
 *       upstream-apis.md §4);</li>
 *   <li>{@code X-Bapi-Limit-Reset-Timestamp}: epoch <b>milliseconds</b> (Bybit, upstream-apis.md "Rate limits").</li>
 * </ol>
 * A reset time in the past reads as zero; an unreadable value is skipped. Read only on a 429: Bybit sends its reset
 * header on every answer.
 */
final class RetryAfter {
    private RetryAfter() {
    }

    static Optional<Duration> from(UpstreamResponse response, Clock clock) {
        return response.header("Retry-After").flatMap(value -> parse(value.trim(), clock))
                .or(() -> response.header("X-Ratelimit-Reset").flatMap(v -> epochSeconds(v.trim(), clock)))
                .or(() -> response.header("X-Bapi-Limit-Reset-Timestamp").flatMap(v -> epochMillis(v.trim(), clock)));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        try {
            long seconds = Long.parseLong(value);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(until(at.toInstant(), clock));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    static Optional<Duration> epochSeconds(String value, Clock clock) {
        return number(value).map(seconds -> until(Instant.ofEpochSecond(seconds), clock));
    }

    static Optional<Duration> epochMillis(String value, Clock clock) {
        return number(value).map(millis -> until(Instant.ofEpochMilli(millis), clock));
    }

    private static Optional<Long> number(String value) {
        try {
            long n = Long.parseLong(value);
            return n >= 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration until(Instant at, Clock clock) {
        Duration wait = Duration.between(clock.instant(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
