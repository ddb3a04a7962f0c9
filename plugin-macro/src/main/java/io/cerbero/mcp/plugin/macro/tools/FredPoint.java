package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.plugin.macro.client.FredObservations;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One FRED observation that has a value.
 *
 * @param date  the observation date
 * @param value as FRED published it (percent for rates and spreads)
 */
public record FredPoint(@Schema(example = "2024-05-31") LocalDate date,
                        @Schema(example = "4.51") BigDecimal value) {

    /** The observations with a value, in the answer's order; {@code "."} days are left out (see {@link #gaps}). */
    static List<FredPoint> of(FredObservations answer) {
        List<FredPoint> points = new ArrayList<>();
        for (FredObservations.Observation o : answer.observations()) {
            if (o.date() != null) {
                o.decimal().ifPresent(v -> points.add(new FredPoint(o.date(), v)));
            }
        }
        return points;
    }

    /** Dates FRED listed without a value ({@code "."}: holidays, or not yet published). */
    static List<LocalDate> gaps(FredObservations answer) {
        return answer.observations().stream().filter(o -> o.date() != null && o.decimal().isEmpty())
                .map(FredObservations.Observation::date).toList();
    }

    /** The newest point of an answer (any sort order). */
    static Optional<FredPoint> latest(FredObservations answer) {
        return of(answer).stream().max(java.util.Comparator.comparing(FredPoint::date));
    }

    /** Date-only data is stamped at 00:00 UTC of its date. */
    static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
