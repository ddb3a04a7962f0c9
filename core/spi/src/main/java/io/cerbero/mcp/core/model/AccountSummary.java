package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The unified answer of {@code get_account_summary}. Totals are in {@code currency}. */
public record AccountSummary(
        @Schema(description = "currency of equity, available, margin_used and unrealized_pnl", example = "USD",
                requiredMode = Schema.RequiredMode.REQUIRED) String currency,
        @Schema(description = "account value including unrealised PnL") BigDecimal equity,
        @Schema(description = "what new orders can still use") BigDecimal available,
        @Schema(description = "margin held by positions and orders") BigDecimal marginUsed,
        @Schema(description = "unrealised PnL of all positions") BigDecimal unrealizedPnl,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AssetBalance> balances,
        @Schema(description = "fields only this venue has (account type, day-trade flags, …)")
        Map<String, Object> venueSpecific) {
}
