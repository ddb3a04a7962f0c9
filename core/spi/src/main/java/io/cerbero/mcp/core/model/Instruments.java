package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The unified answer of {@code get_instruments}. */
public record Instruments(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Instrument> instruments,
        @Schema(description = "pass as cursor for the next page; absent on the last page") String nextCursor) {
}
