package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.Greeks;
import io.cerbero.mcp.core.analytics.options.VannaCharm;
import io.cerbero.mcp.core.analytics.options.VannaCharmExposure;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code get_vanna_charm}: open-interest-weighted dealer vanna and charm (core's {@link VannaCharmExposure}, calls +,
 * puts −) in desk units: vanna in coin delta per volatility point, charm in coin delta per calendar day.
 */
public final class DeribitGetVannaCharmTool implements DeribitChainTool {

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(description = "the expiry, absent for the whole chain") String expiry,
                         @Schema(description = "dealer vanna of calls: coin delta per vol point") BigDecimal callVanna,
                         @Schema(description = "dealer vanna of puts: coin delta per vol point") BigDecimal putVanna,
                         @Schema(description = "net dealer vanna: coin delta per vol point") BigDecimal netVanna,
                         @Schema(description = "dealer charm of calls: coin delta per day") BigDecimal callCharm,
                         @Schema(description = "dealer charm of puts: coin delta per day") BigDecimal putCharm,
                         @Schema(description = "net dealer charm: coin delta per day") BigDecimal netCharm) {
    }

    @Override
    public String name() {
        return "get_vanna_charm";
    }

    @Override
    public String description() {
        return "Open-interest-weighted dealer vanna (delta per vol point) and charm (delta per day) of Deribit options, "
                + "whole chain or one expiry.";
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
        VannaCharm v = DeribitChain.analyse("vanna/charm", () -> VannaCharmExposure.of(
                DeribitChain.quotes(chain.select(input.expiry())), chain.indexMarket(),
                DeribitGetGexTool.MULTIPLIER));
        double perPoint = Greeks.VOL_POINTS_PER_UNIT;
        double perDay = Greeks.DAYS_PER_YEAR;
        return ToolResult.of(new Output(chain.currency(), input.expiry(), Decimals.of(v.callVanna() / perPoint),
                Decimals.of(v.putVanna() / perPoint), Decimals.of(v.netVanna() / perPoint),
                Decimals.of(v.callCharm() / perDay), Decimals.of(v.putCharm() / perDay),
                Decimals.of(v.netCharm() / perDay)));
    }
}
