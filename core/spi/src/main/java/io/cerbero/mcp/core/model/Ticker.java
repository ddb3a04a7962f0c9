package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The unified answer of {@code get_ticker}: the latest prices and 24-hour statistics of one instrument. Fields a
 * venue does not have for the instrument (mark and funding on spot) are absent.
 */
@Schema(description = "latest prices and 24 h statistics of one instrument")
public record Ticker(
        @Schema(description = "the venue's instrument name", example = "BTCUSDT",
                requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
        @Schema(description = "currency prices are quoted in", example = "USDT") String priceCurrency,
        @Schema(description = "what bid_size, ask_size, volume24h and open_interest count",
                requiredMode = Schema.RequiredMode.REQUIRED) SizeUnit sizeUnit,
        @Schema(description = "last traded price") BigDecimal last,
        @Schema(description = "best bid price") BigDecimal bid,
        @Schema(description = "size at the best bid, in size_unit") BigDecimal bidSize,
        @Schema(description = "best ask price") BigDecimal ask,
        @Schema(description = "size at the best ask, in size_unit") BigDecimal askSize,
        @Schema(description = "mark price (derivatives)") BigDecimal mark,
        @Schema(description = "index price (derivatives)") BigDecimal index,
        @Schema(description = "24 h high") BigDecimal high24h,
        @Schema(description = "24 h low") BigDecimal low24h,
        @Schema(description = "24 h traded volume, in size_unit") BigDecimal volume24h,
        @Schema(description = "24 h traded value, in price_currency") BigDecimal quoteVolume24h,
        @Schema(description = "24 h price change as a fraction (0.0142 = +1.42 %)") BigDecimal change24h,
        @Schema(description = "open interest, in size_unit (derivatives)") BigDecimal openInterest,
        @Schema(description = "current funding rate per funding interval, as a fraction (perpetuals)")
        BigDecimal fundingRate,
        @Schema(description = "when the next funding is paid (perpetuals)") Instant nextFundingTime,
        @Schema(description = "when the venue produced this ticker") Instant timestamp,
        @Schema(description = "fields only this venue has (option IVs and greeks, …)")
        Map<String, Object> venueSpecific) {
}
