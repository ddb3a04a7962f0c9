package io.cerbero.mcp.plugin.bybit.unified;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a {@code venue_specific} object: snake_case keys in insertion order, absent values left out. */
public final class VenueFields {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private VenueFields() {
    }

    public static VenueFields of() {
        return new VenueFields();
    }

    /** Adds {@code value} under {@code name} unless it is null or blank text. */
    public VenueFields put(String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            fields.put(name, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** The fields, or null when there are none (the JSON then has no {@code venue_specific}). */
    public Map<String, Object> build() {
        return fields.isEmpty() ? null : Collections.unmodifiableMap(fields);
    }
}
