package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One tradable instrument and its order rules, as the unified answer of {@code get_instruments} lists it. */
public record Instrument(
        @Schema(description = "the venue's instrument name", requiredMode = Schema.RequiredMode.REQUIRED)
        String symbol,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) InstrumentKind kind,
        @Schema(description = "base asset", example = "BTC") String base,
        @Schema(description = "quote currency prices are in", example = "USDT") String quote,
        @Schema(description = "settlement currency", example = "USDT") String settle,
        @Schema(description = "whether orders are accepted now", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean active,
        @Schema(description = "price increment, in quote") BigDecimal tickSize,
        @Schema(description = "quantity increment, in qty_unit") BigDecimal qtyStep,
        @Schema(description = "smallest order quantity, in qty_unit") BigDecimal minQty,
        @Schema(description = "smallest order value, in quote") BigDecimal minNotional,
        @Schema(description = "base units per contract (1 for spot and most linear contracts)")
        BigDecimal contractSize,
        @Schema(description = "what an order's qty counts on this instrument",
                requiredMode = Schema.RequiredMode.REQUIRED) SizeUnit qtyUnit,
        @Schema(description = "expiry (futures and options)") Instant expiry,
        @Schema(description = "strike, in quote (options)") BigDecimal strike,
        @Schema(description = "call or put (options)") OptionKind optionType,
        @Schema(description = "largest leverage the venue allows") BigDecimal maxLeverage,
        @Schema(description = "fields only this venue has") Map<String, Object> venueSpecific) {
}
