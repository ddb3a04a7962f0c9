package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.AssetCtx;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.MetaAndCtxs;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.SpotCtx;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.SpotMetaAndCtxs;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.SpotPair;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.SpotToken;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_basis}: perp versus spot of the same coin against USDC, where such a spot pair exists
 * ({@code metaAndAssetCtxs} and {@code spotMetaAndAssetCtxs}). Trap: spot tokens are not always named like the perp
 * (mainnet's BTC spot token is {@code UBTC}); pass {@code spot_token} then.
 */
public final class HyperliquidGetBasisTool implements AsyncTool<HyperliquidSession, HyperliquidGetBasisTool.Input> {
    static final String QUOTE = "USDC";

    public record Input(
            @Schema(description = "perp name", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "spot token name when it differs from the perp's (mainnet BTC spot is UBTC)",
                    example = "UBTC") String spotToken) {
        public Input {
            HyperliquidParams.symbol(symbol);
            if (spotToken != null) {
                HyperliquidParams.symbol(spotToken);
            }
        }
    }

    /**
     * @param basis             perp mark − spot price, in USDC
     * @param basisFraction     basis / spot price
     * @param fundingRateHourly the perp's current hourly funding
     */
    public record Output(String symbol, String spotPair, String spotToken, BigDecimal spotPrice, BigDecimal perpMark,
                         BigDecimal perpMid, BigDecimal basis, BigDecimal basisFraction, BigDecimal fundingRateHourly,
                         @Schema(description = "hourly funding × 24 × 365") BigDecimal fundingAnnualized,
                         Instant timestamp) {
    }

    @Override
    public String name() {
        return "get_basis";
    }

    @Override
    public String description() {
        return "Basis of a Hyperliquid perpetual against its spot pair in USDC (perp mark − spot price), with the "
                + "current funding.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: perp mark against spot; half a second keeps the spread current. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(500)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("BTC", null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        Instant now = session.clock().instant();
        CompletableFuture<MetaAndCtxs> perp = session.client().metaAndAssetCtxsAsync();
        CompletableFuture<SpotMetaAndCtxs> spot = session.client().spotMetaAndAssetCtxsAsync();
        return perp.thenCombine(spot, (p, s) -> ToolResult.of(basis(input, p, s, now), now));
    }

    static Output basis(Input input, MetaAndCtxs perp, SpotMetaAndCtxs spot, Instant now) {
        AssetCtx ctx = HyperliquidGetTickerTool.context(perp, input.symbol());
        String tokenName = input.spotToken() != null ? input.spotToken() : input.symbol();
        SpotPair pair = pair(spot, tokenName).orElseThrow(() -> ToolException.invalidInput("Hyperliquid has no "
                        + tokenName + "/" + QUOTE + " spot pair")
                .withFix("pass spot_token when the spot token is named differently (mainnet BTC spot is UBTC)"));
        SpotCtx spotCtx = spot.ctxs().stream().filter(c -> pair.name().equals(c.coin())).findFirst()
                .orElseThrow(() -> ToolException.upstreamError("Hyperliquid listed the spot pair " + pair.name()
                        + " without prices"));
        BigDecimal spotPrice = Unset.zeroAsNull(spotCtx.midPx()) != null ? spotCtx.midPx() : spotCtx.markPx();
        BigDecimal mark = Unset.zeroAsNull(ctx.markPx());
        if (spotPrice == null || spotPrice.signum() <= 0 || mark == null) {
            throw ToolException.upstreamError("Hyperliquid published no price for " + pair.name() + " or "
                    + input.symbol());
        }
        BigDecimal basis = mark.subtract(spotPrice);
        BigDecimal funding = ctx.funding();
        return new Output(input.symbol(), pair.name(), tokenName, spotPrice, mark, ctx.midPx(),
                basis.stripTrailingZeros(), basis.divide(spotPrice, MathContext.DECIMAL64).stripTrailingZeros(),
                funding, funding == null ? null
                : funding.multiply(BigDecimal.valueOf(24L * 365)).stripTrailingZeros(), now);
    }

    /** The pair whose base token is named {@code tokenName} and whose quote is USDC. */
    static Optional<SpotPair> pair(SpotMetaAndCtxs spot, String tokenName) {
        List<SpotToken> tokens = spot.meta().tokens();
        Optional<Integer> base = tokens.stream().filter(t -> tokenName.equals(t.name())).map(SpotToken::index)
                .findFirst();
        Optional<Integer> quote = tokens.stream().filter(t -> QUOTE.equals(t.name())).map(SpotToken::index)
                .findFirst();
        if (base.isEmpty() || quote.isEmpty()) {
            return Optional.empty();
        }
        return spot.meta().universe().stream().filter(p -> p.tokens() != null && p.tokens().size() == 2
                && base.get().equals(p.tokens().get(0)) && quote.get().equals(p.tokens().get(1))).findFirst();
    }
}
