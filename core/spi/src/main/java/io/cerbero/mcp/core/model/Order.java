package io.cerbero.mcp.core.model;

import io.cerbero.mcp.core.trading.Side;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One order as the venue reports it. */
public record Order(
        @Schema(description = "the venue's order id") String orderId,
        @Schema(description = "the caller's (or the gateway's generated) client order id") String clientOrderId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Side side,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrderKind type,
        @Schema(description = "limit price; absent for market orders") BigDecimal price,
        @Schema(description = "trigger price of a conditional order") BigDecimal triggerPrice,
        @Schema(description = "ordered quantity, in size_unit", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal qty,
        @Schema(description = "filled quantity, in size_unit") BigDecimal filledQty,
        @Schema(description = "average fill price; absent until something filled") BigDecimal avgFillPrice,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SizeUnit sizeUnit,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrderStatus status,
        @Schema(description = "time in force as the venue names it (GTC, IOC, PostOnly, …)") String timeInForce,
        boolean reduceOnly,
        boolean postOnly,
        Instant createdTime,
        Instant updatedTime,
        @Schema(description = "fields only this venue has") Map<String, Object> venueSpecific) {
}
