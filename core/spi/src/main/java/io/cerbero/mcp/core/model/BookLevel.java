package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** One price level of an order book. */
public record BookLevel(
        @Schema(description = "price, in the book's price_currency", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal price,
        @Schema(description = "resting size at this price, in the book's size_unit",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal size) {
}
