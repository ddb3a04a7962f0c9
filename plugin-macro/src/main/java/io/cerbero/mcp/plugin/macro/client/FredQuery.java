package io.cerbero.mcp.plugin.macro.client;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The parameters of one FRED observations request, without the key: also the cache key of its answer.
 *
 * @param seriesId  FRED series id, upper case: {@code DGS10}
 * @param start     {@code observation_start}, inclusive
 * @param end       {@code observation_end}, inclusive
 * @param newestFirst {@code sort_order=desc} (with a limit: the newest observations)
 * @param limit     {@code limit}, or {@code null} for FRED's maximum (100000)
 * @param units     {@code units}: {@code lin} (levels) unless a transformation is asked
 * @param frequency {@code frequency}, or {@code null} for the series' native one
 */
public record FredQuery(String seriesId, LocalDate start, LocalDate end, boolean newestFirst, Integer limit,
                        String units, String frequency) {
    public FredQuery {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        units = units == null ? "lin" : units;
    }

    /** Levels of one series between two dates, oldest first. */
    public static FredQuery window(String seriesId, LocalDate start, LocalDate end) {
        return new FredQuery(seriesId, start, end, false, null, null, null);
    }

    /** The query string FRED expects; {@code file_type=json} or FRED answers XML. */
    String rawQuery(String apiKey) {
        return MacroQuery.of()
                .add("series_id", seriesId)
                .add("observation_start", start)
                .add("observation_end", end)
                .add("sort_order", newestFirst ? "desc" : "asc")
                .add("limit", limit)
                .add("units", units)
                .add("frequency", frequency)
                .add("file_type", "json")
                .add("api_key", apiKey)
                .build();
    }
}
