package io.cerbero.mcp.plugin.macro.client;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * FRED's answer to {@code /fred/series/observations} (JSON), as sent.
 *
 * @param count        how many observations match the query in total (more than returned when a limit cut it)
 * @param observations in the requested sort order
 */
public record FredObservations(@JsonProperty("observation_start") LocalDate observationStart,
                               @JsonProperty("observation_end") LocalDate observationEnd,
                               String units,
                               @JsonProperty("sort_order") String sortOrder,
                               Integer count,
                               Integer limit,
                               List<Observation> observations) {

    public FredObservations {
        observations = observations == null ? List.of() : List.copyOf(observations);
    }

    /**
     * One observation. {@code value} is a string, and {@code "."} on days without a value (holidays, not yet
     * published): never a zero.
     */
    public record Observation(LocalDate date, String value) {
        /** The FRED placeholder for "no value". */
        public static final String NO_VALUE = ".";

        /** The number, or empty for {@code "."}, a blank or anything that is not a decimal. */
        public Optional<BigDecimal> decimal() {
            if (value == null || value.isBlank() || NO_VALUE.equals(value.trim())) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(value.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
