package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** One OHLCV bar. */
public record Candle(
        @Schema(description = "start of the bar", requiredMode = Schema.RequiredMode.REQUIRED) Instant openTime,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal open,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal high,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal low,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal close,
        @Schema(description = "traded volume, in the series' size_unit") BigDecimal volume,
        @Schema(description = "traded value, in the series' price_currency") BigDecimal quoteVolume) {
}
