package io.cerbero.mcp.plugin.macro.client;

import java.math.BigDecimal;
import java.util.List;

/**
 * Finnhub's {@code /calendar/economic} answer, as sent. Values are numbers or {@code null} (not yet released, or
 * no estimate).
 *
 * @param economicCalendar the events; absent or empty when Finnhub has none for the window
 */
public record FinnhubCalendar(List<Event> economicCalendar) {

    public FinnhubCalendar {
        economicCalendar = economicCalendar == null ? null : List.copyOf(economicCalendar);
    }

    /**
     * One release.
     *
     * @param time     {@code "2024-01-11 13:30:00"}, UTC
     * @param impact   {@code low}, {@code medium}, {@code high}, or absent
     */
    public record Event(String country, String event, String time, String impact, BigDecimal actual,
                        BigDecimal estimate, BigDecimal prev, String unit) {
    }
}
