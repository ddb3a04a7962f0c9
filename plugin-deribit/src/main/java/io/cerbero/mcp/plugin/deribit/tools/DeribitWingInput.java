package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.spi.ToolException;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** Input of the smile-wing tools: one expiry and the wings' distance from the forward. */
public record DeribitWingInput(
        @Schema(description = "option currency: BTC or ETH (default BTC)", example = "BTC") String currency,
        @Schema(description = "Deribit expiry code such as 31JAN25 (default: nearest expiry at least a day away)",
                example = "31JAN25") String expiry,
        @Schema(description = "wing distance from the forward as a fraction, 0.01-0.5 (default 0.05 = ±5 %)",
                example = "0.05") BigDecimal width) {
    public DeribitWingInput {
        currency = DeribitParams.currency(currency, "currency", "BTC");
        expiry = DeribitChain.expiryCode(expiry);
        width = width == null ? new BigDecimal("0.05") : width;
        if (width.compareTo(new BigDecimal("0.01")) < 0 || width.compareTo(new BigDecimal("0.5")) > 0) {
            throw ToolException.invalidInput("width must be between 0.01 and 0.5, got " + width.toPlainString());
        }
    }
}
