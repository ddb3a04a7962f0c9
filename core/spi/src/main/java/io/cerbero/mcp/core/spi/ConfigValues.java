package io.cerbero.mcp.core.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the typed {@link PluginConfig} reads; each failure is one NOT_CONFIGURED naming the variable. */
final class ConfigValues {
    private static final Pattern WITH_UNIT = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)");
    private static final int MAX_ECHO = 64;

    private ConfigValues() {
    }

    static int integer(String variable, String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw bad(variable, "is not a whole number", raw);
        }
    }

    static boolean bool(String variable, String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(variable, "must be true or false", raw);
        };
    }

    static Duration duration(String variable, String raw) {
        String text = raw.trim().toLowerCase(Locale.ROOT);
        Matcher m = WITH_UNIT.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        if (text.startsWith("p")) {
            try {
                Duration parsed = Duration.parse(raw.trim());
                if (!parsed.isNegative()) {
                    return parsed;
                }
            } catch (DateTimeParseException e) {
                // falls through to the one message below
            }
        }
        throw bad(variable, "must be a duration with a unit such as 500ms, 5s, 2m, 1h or PT5S", raw);
    }

    /** One line naming the variable and echoing the (never secret, shortened) value. */
    static ToolException bad(String variable, String problem, String raw) {
        String value = raw.strip().replaceAll("\\s+", " ");
        if (value.length() > MAX_ECHO) {
            value = value.substring(0, MAX_ECHO) + "…";
        }
        return ToolException.notConfigured(variable + " " + problem + " (got \"" + value + "\")")
                .withFix("correct " + variable + " and restart");
    }
}
