package io.cerbero.mcp.core.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an operator's duration: {@code 0}, or a whole number with {@code ms}, {@code s}, {@code m} or {@code h}. */
final class DurationSetting {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private DurationSetting() {
    }

    /** The duration, or empty when the text is not one (the caller reports it). */
    static Optional<Duration> parse(String raw) {
        String text = raw.trim();
        if (text.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        });
    }
}
