package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.macro.MacroConfig;
import io.cerbero.mcp.plugin.macro.client.CftcClient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Input checks shared by the macro tools; each failure is INVALID_INPUT naming the field. */
final class MacroParams {
    /** FRED series ids: DGS10, T10Y2Y, CPIAUCSL, BAMLH0A0HYM2 (letters, digits, underscores). */
    private static final Pattern SERIES_ID = Pattern.compile("[A-Z0-9_]{1,40}");
    /** The first day of FRED's daily Treasury constant-maturity series. */
    static final LocalDate FIRST_FRED_DAY = LocalDate.of(1962, 1, 2);

    private MacroParams() {
    }

    /** A FRED series id, upper-cased. */
    static String seriesId(String value) {
        if (value == null || value.isBlank()) {
            throw ToolException.invalidInput("series_id is required");
        }
        String id = value.trim().toUpperCase(Locale.ROOT);
        if (!SERIES_ID.matcher(id).matches()) {
            throw ToolException.invalidInput("series_id must be 1-40 letters, digits or underscores (e.g. DGS10)");
        }
        return id;
    }

    /** A date no earlier than FRED's first day, or null. */
    static LocalDate fredDate(LocalDate value, String field) {
        if (value != null && value.isBefore(FIRST_FRED_DAY)) {
            throw ToolException.invalidInput(field + " must be on or after " + FIRST_FRED_DAY);
        }
        return value;
    }

    /** {@code start} not after {@code end} when both are given. */
    static void ordered(LocalDate start, String startField, LocalDate end, String endField) {
        if (start != null && end != null && start.isAfter(end)) {
            throw ToolException.invalidInput(startField + " (" + start + ") must not be after " + endField + " ("
                    + end + ")");
        }
    }

    /** At most {@code maxDays} between two dates when both are given. */
    static void spanAtMost(LocalDate start, LocalDate end, int maxDays, String what) {
        if (start != null && end != null && ChronoUnit.DAYS.between(start, end) > maxDays) {
            throw ToolException.invalidInput(what + " may span at most " + maxDays + " days");
        }
    }

    /** A date the caller asked for must not be after today (host clock, UTC). */
    static LocalDate notInFuture(LocalDate value, LocalDate today, String field) {
        if (value != null && value.isAfter(today)) {
            throw ToolException.invalidInput(field + " (" + value + ") is in the future; today is " + today);
        }
        return value;
    }

    /** An optional list of Finnhub symbols: 1-20 distinct valid symbols, or null for the configured list. */
    static List<String> symbols(List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.isEmpty() || values.size() > MacroConfig.MAX_SYMBOLS) {
            throw ToolException.invalidInput("symbols must list 1-" + MacroConfig.MAX_SYMBOLS
                    + " symbols, or be left out");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String symbol : values) {
            if (symbol == null || !MacroConfig.SYMBOL.matcher(symbol).matches()) {
                throw ToolException.invalidInput("symbols: each must be 1-40 characters of letters, digits and "
                        + ". : = _ ^ / -");
            }
            distinct.add(symbol);
        }
        return List.copyOf(distinct);
    }

    /** A CFTC contract market code, upper-cased: 133741, 13874A. */
    static String marketCode(String value) {
        if (value == null || value.isBlank()) {
            throw ToolException.invalidInput("market_code is required");
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!CftcClient.MARKET_CODE.matcher(code).matches()) {
            throw ToolException.invalidInput("market_code must be a CFTC contract market code: 5-8 letters or "
                    + "digits (e.g. 133741 for CME Bitcoin, 13874A for the E-mini S&P 500)");
        }
        return code;
    }
}
