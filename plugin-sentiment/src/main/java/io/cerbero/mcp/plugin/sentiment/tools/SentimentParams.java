package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.sentiment.client.Venue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks shared by the tools' input records; each throws INVALID_INPUT naming the field. */
final class SentimentParams {
    private static final Pattern COIN = Pattern.compile("[A-Z0-9]{1,20}");

    private SentimentParams() {
    }

    /** A coin ticker (BTC, ETH, SOL), upper-cased; never a venue symbol such as BTCUSDT. */
    static String coin(String value, String field) {
        Inputs.requireToken(value, field, 20);
        String upper = value.toUpperCase(Locale.ROOT);
        if (!COIN.matcher(upper).matches()) {
            throw ToolException.invalidInput(field + " must be a coin ticker of letters and digits, e.g. BTC");
        }
        return upper;
    }

    /** An optional coin ticker. */
    static String optionalCoin(String value, String field) {
        return value == null ? null : coin(value, field);
    }

    /** Absent means every venue; present must be non-empty and without repeats. */
    static List<Venue> venues(List<Venue> venues) {
        if (venues == null) {
            return List.of(Venue.values());
        }
        if (venues.isEmpty()) {
            throw ToolException.invalidInput("venues must name at least one venue, or be left out for all");
        }
        if (venues.contains(null)) {
            throw ToolException.invalidInput("venues must not contain null");
        }
        if (new HashSet<>(venues).size() != venues.size()) {
            throw ToolException.invalidInput("venues must not repeat a venue");
        }
        return List.copyOf(venues);
    }
}
