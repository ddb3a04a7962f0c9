package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.DealerGammaExposure;
import io.cerbero.mcp.core.analytics.options.StrikeGamma;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code get_gex}: dealer gamma exposure by strike (core's {@link DealerGammaExposure}, dealers long calls and short
 * puts), in USD per 1 % move of the index. Options are valued against the index with Black-76 from mark IV; open
 * interest is in the coin, so the multiplier is 1.
 */
public final class DeribitGetGexTool implements DeribitChainTool {
    /** Deribit option open interest counts the coin: one unit is one coin. */
    static final double MULTIPLIER = 1.0;

    public record Strike(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal strike,
                         BigDecimal callGex, BigDecimal putGex, BigDecimal netGex) {
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(description = "the expiry, absent for the whole chain") String expiry,
                         @Schema(description = "index the exposure is computed at (USD)") BigDecimal spot,
                         @Schema(description = "net GEX of the selection, USD per 1 % move") BigDecimal netGex,
                         @Schema(description = "by strike, ascending; USD per 1 % move",
                                 requiredMode = Schema.RequiredMode.REQUIRED) List<Strike> strikes) {
    }

    @Override
    public String name() {
        return "get_gex";
    }

    @Override
    public String description() {
        return "Dealer gamma exposure of Deribit options by strike (dealers long calls, short puts), USD per 1 % move, "
                + "for the whole chain or one expiry; greeks computed locally from mark IV.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: a whole-chain summary weighted by open interest, which changes slowly. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(30)));
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public ToolResult answer(DeribitChain chain, DeribitChainInput input) {
        List<StrikeGamma> byStrike = DeribitChain.analyse("GEX", () -> DealerGammaExposure.byStrike(
                DeribitChain.quotes(chain.select(input.expiry())), chain.indexMarket(), MULTIPLIER));
        double net = byStrike.stream().mapToDouble(StrikeGamma::netGex).sum();
        return ToolResult.of(new Output(chain.currency(), input.expiry(), Decimals.of(chain.index()),
                Decimals.of(net), byStrike.stream().map(s -> new Strike(Decimals.of(s.strike()),
                Decimals.of(s.callGex()), Decimals.of(s.putGex()), Decimals.of(s.netGex()))).toList()));
    }
}
