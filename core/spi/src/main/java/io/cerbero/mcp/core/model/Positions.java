package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The unified answer of {@code get_positions}: open positions only (zero sizes left out). */
public record Positions(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Position> positions) {
}
