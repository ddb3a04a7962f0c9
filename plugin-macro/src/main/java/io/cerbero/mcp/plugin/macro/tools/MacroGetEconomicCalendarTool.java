package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.Cached;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.cerbero.mcp.plugin.macro.client.FinnhubCalendar;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * {@code get_economic_calendar}: Finnhub's economic calendar (releases with actual, estimate and previous values)
 * for a date window, filtered by country and minimum impact. A paid Finnhub endpoint: a free key gets HTTP 403,
 * answered as UPSTREAM_REJECTED with the reason.
 */
public final class MacroGetEconomicCalendarTool implements AsyncTool<MacroSession, MacroGetEconomicCalendarTool.Input> {
    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 62;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final DateTimeFormatter FINNHUB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Finnhub's impact levels, lowest first. */
    public enum Impact { low, medium, high }

    public record Input(
            @Schema(description = "first day (default: today, UTC)", example = "2024-01-08") LocalDate from,
            @Schema(description = "last day (default: from + 7 days); at most 62 days after from",
                    example = "2024-01-14") LocalDate to,
            @Schema(description = "ISO 3166 alpha-2 country code of the releases to keep (all when absent)",
                    example = "US") String country,
            @Schema(description = "keep releases of at least this impact: low (all, default), medium or high",
                    example = "high") Impact minImpact) {
        public Input {
            MacroParams.ordered(from, "from", to, "to");
            MacroParams.spanAtMost(from, to, MAX_DAYS, "from..to");
            if (country != null) {
                country = country.trim().toUpperCase(Locale.ROOT);
                if (!COUNTRY.matcher(country).matches()) {
                    throw ToolException.invalidInput("country must be a two-letter ISO 3166 code such as US, GB, JP");
                }
            }
            minImpact = minImpact == null ? Impact.low : minImpact;
        }
    }

    /**
     * One release. Values are as Finnhub gives them; {@code actual} is absent until released.
     *
     * @param time   release time (UTC); absent when Finnhub's time could not be read (listed in coverage)
     * @param impact absent when Finnhub gives none
     */
    public record Event(Instant time, @Schema(example = "US") String country, @Schema(example = "CPI MoM") String event,
                        Impact impact, BigDecimal actual, BigDecimal estimate, BigDecimal previous,
                        @Schema(example = "%") String unit) {
    }

    /**
     * The releases in time order.
     *
     * @param providerEvents how many releases Finnhub listed in the window before filtering
     * @param fetchedAt      when the calendar was fetched from Finnhub (it may come from the cache): the time its
     *                       actual values were observed
     */
    public record Output(LocalDate from, LocalDate to, String country, Impact minImpact, List<Event> events,
                         int providerEvents, MacroCoverage coverage, Instant fetchedAt, String source) {
    }

    @Override
    public String name() {
        return "get_economic_calendar";
    }

    @Override
    public String description() {
        return "Economic calendar from Finnhub: releases with time (UTC), country, impact, actual, estimate and "
                + "previous, for a date window (default the next 7 days, at most 62), filtered by country and minimum "
                + "impact. Needs a Finnhub plan that includes the calendar.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: actual values appear at release time; a minute late at most. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMinutes(1)).servingStaleFor(Duration.ofMinutes(30)));
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 14), "US", Impact.high);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        LocalDate from = input.from() == null ? session.today() : input.from();
        LocalDate to = input.to() == null ? from.plusDays(DEFAULT_DAYS) : input.to();
        MacroParams.ordered(from, "from", to, "to");
        MacroParams.spanAtMost(from, to, MAX_DAYS, "from..to");
        return session.finnhub().economicCalendar(from, to).thenApply(answer -> result(input, from, to, answer));
    }

    private static ToolResult result(Input input, LocalDate from, LocalDate to, Cached<FinnhubCalendar> answer) {
        List<FinnhubCalendar.Event> listed = answer.value().economicCalendar() == null ? List.of()
                : answer.value().economicCalendar();
        MacroCoverage.Builder coverage = MacroCoverage.builder();
        if (listed.isEmpty()) {
            coverage.missing("economic_calendar", "Finnhub listed no releases between " + from + " and " + to);
        }
        List<Event> events = new ArrayList<>();
        for (FinnhubCalendar.Event e : listed) {
            if (input.country() != null && !input.country().equalsIgnoreCase(e.country())) {
                continue;
            }
            Impact impact = impact(e.impact());
            int rank = impact == null ? Impact.low.ordinal() : impact.ordinal();
            if (rank < input.minImpact().ordinal()) {
                continue;
            }
            Instant time = time(e.time());
            if (time == null) {
                coverage.missing(e.event() == null ? "event" : e.event(),
                        "Finnhub's release time '" + e.time() + "' is not readable");
            }
            events.add(new Event(time, e.country(), e.event(), impact, e.actual(), e.estimate(), e.prev(), e.unit()));
        }
        events.sort(Comparator.comparing(Event::time, Comparator.nullsLast(Comparator.naturalOrder())));
        Output output = new Output(from, to, input.country(), input.minImpact(), events, listed.size(),
                coverage.build(listed.size()), answer.fetchedAt(), "Finnhub");
        return ToolResult.of(output, answer.fetchedAt());
    }

    private static Impact impact(String raw) {
        if (raw == null) {
            return null;
        }
        for (Impact level : Impact.values()) {
            if (level.name().equalsIgnoreCase(raw.trim())) {
                return level;
            }
        }
        return null;
    }

    /** Finnhub's {@code "2024-01-11 13:30:00"}, in UTC. */
    private static Instant time(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.trim(), FINNHUB_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
