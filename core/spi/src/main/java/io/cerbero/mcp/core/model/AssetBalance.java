package io.cerbero.mcp.core.model;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** The balance of one asset of the account. */
public record AssetBalance(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "USDT") String asset,
        @Schema(description = "wallet balance, in the asset") BigDecimal total,
        @Schema(description = "free to trade or withdraw, in the asset") BigDecimal available,
        @Schema(description = "balance plus unrealised PnL, in the asset") BigDecimal equity,
        @Schema(description = "equity valued in the account currency, when the venue says") BigDecimal value) {
}
