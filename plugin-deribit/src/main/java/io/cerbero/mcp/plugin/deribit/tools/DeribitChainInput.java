package io.cerbero.mcp.plugin.deribit.tools;

import io.swagger.v3.oas.annotations.media.Schema;

/** Input of the option-chain tools that look at one expiry (or, where said, the whole chain). */
public record DeribitChainInput(
        @Schema(description = "option currency: BTC or ETH (default BTC)", example = "BTC") String currency,
        @Schema(description = "Deribit expiry code such as 31JAN25 (default: the nearest expiry at least a day away; "
                + "for whole-chain tools, absent means every expiry)", example = "31JAN25") String expiry) {
    public DeribitChainInput {
        currency = DeribitParams.currency(currency, "currency", "BTC");
        expiry = DeribitChain.expiryCode(expiry);
    }
}
