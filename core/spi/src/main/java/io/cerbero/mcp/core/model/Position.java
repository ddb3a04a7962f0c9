package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/** One open position. */
public record Position(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
        @Schema(description = "long or short", allowableValues = {"long", "short"},
                requiredMode = Schema.RequiredMode.REQUIRED) PositionSide side,
        @Schema(description = "absolute size, in size_unit", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal size,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SizeUnit sizeUnit,
        @Schema(description = "average entry price") BigDecimal entryPrice,
        @Schema(description = "mark price") BigDecimal markPrice,
        @Schema(description = "absolute position value at the mark, in notional_currency") BigDecimal notional,
        @Schema(description = "currency of notional and unrealized_pnl", example = "USDT") String notionalCurrency,
        @Schema(description = "unrealised profit and loss, in notional_currency") BigDecimal unrealizedPnl,
        @Schema(description = "the position's leverage setting at the venue") BigDecimal leverage,
        @Schema(description = "estimated liquidation price") BigDecimal liquidationPrice,
        @Schema(description = "fields only this venue has") Map<String, Object> venueSpecific) {
}
