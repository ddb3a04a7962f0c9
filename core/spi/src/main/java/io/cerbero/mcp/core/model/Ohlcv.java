package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The unified answer of {@code get_ohlcv}: bars oldest first. The last bar may still be forming. */
@Schema(description = "OHLCV bars, oldest first")
public record Ohlcv(
        @Schema(description = "the venue's instrument name", requiredMode = Schema.RequiredMode.REQUIRED)
        String symbol,
        @Schema(description = "bar length as asked: 1m, 5m, 15m, 1h, 4h, 1d, …",
                requiredMode = Schema.RequiredMode.REQUIRED) String interval,
        @Schema(description = "currency prices are quoted in") String priceCurrency,
        @Schema(description = "what volume counts") SizeUnit sizeUnit,
        @Schema(description = "bars, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Candle> candles) {
}
