package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The unified answer of {@code get_orderbook}: bids and asks, best first. */
@Schema(description = "order book snapshot, best levels first")
public record OrderBook(
        @Schema(description = "the venue's instrument name", example = "BTCUSDT",
                requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
        @Schema(description = "currency prices are quoted in") String priceCurrency,
        @Schema(description = "what the level sizes count", requiredMode = Schema.RequiredMode.REQUIRED)
        SizeUnit sizeUnit,
        @Schema(description = "bids, highest price first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<BookLevel> bids,
        @Schema(description = "asks, lowest price first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<BookLevel> asks,
        @Schema(description = "when the venue produced this snapshot") Instant timestamp,
        @Schema(description = "fields only this venue has (update ids, …)") Map<String, Object> venueSpecific) {
}
