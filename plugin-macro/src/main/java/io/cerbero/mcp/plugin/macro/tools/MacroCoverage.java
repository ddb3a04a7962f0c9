package io.cerbero.mcp.plugin.macro.tools;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * How complete a provider's answer was. A value the provider did not give is listed here with the reason, and is
 * absent from the data: never a zero.
 *
 * @param status  {@code complete}: everything asked for is there; {@code partial}: some items are missing;
 *                {@code empty}: the provider gave nothing usable
 * @param missing what is missing and why
 */
@Schema(description = "completeness of the provider's answer: what is missing, and why (never filled with zeros)")
public record MacroCoverage(Status status, List<Missing> missing) {

    public MacroCoverage {
        missing = List.copyOf(missing);
    }

    public enum Status { complete, partial, empty }

    /**
     * @param item   what is missing: a tenor, a series id, a symbol, a date, a trader class, a column
     * @param reason why, in the provider's terms
     */
    public record Missing(String item, String reason) {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects missing items while a tool assembles its answer. Not thread-safe. */
    static final class Builder {
        private final List<Missing> missing = new ArrayList<>();

        Builder missing(String item, String reason) {
            missing.add(new Missing(item, reason));
            return this;
        }

        boolean isEmpty() {
            return missing.isEmpty();
        }

        /** @param present how many items the answer does carry */
        MacroCoverage build(int present) {
            Status status = missing.isEmpty() ? Status.complete : present == 0 ? Status.empty : Status.partial;
            return new MacroCoverage(status, missing);
        }
    }
}
