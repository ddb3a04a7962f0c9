package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The unified answer of {@code get_funding_rate}: the current (predicted) rate and the history, oldest first. */
public record FundingRates(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
        @Schema(description = "the rate of the running interval, when the venue publishes one") FundingRate current,
        @Schema(description = "when the next funding is paid") Instant nextFundingTime,
        @Schema(description = "past rates, oldest first", requiredMode = Schema.RequiredMode.REQUIRED)
        List<FundingRate> history) {
}
