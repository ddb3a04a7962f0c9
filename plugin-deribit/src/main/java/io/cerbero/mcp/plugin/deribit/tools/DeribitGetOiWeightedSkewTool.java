package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.OiWeightedSkew;
import io.cerbero.mcp.core.analytics.options.Skew;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code get_oi_weighted_skew}: open-interest-weighted IV of OTM puts vs OTM calls of one expiry (core's {@link Skew}). */
public final class DeribitGetOiWeightedSkewTool implements DeribitChainTool {

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String expiry,
                         @Schema(description = "OI-weighted IV of OTM puts, fraction") BigDecimal putIv,
                         @Schema(description = "OI-weighted IV of OTM calls, fraction") BigDecimal callIv,
                         @Schema(description = "put_iv − call_iv (positive: downside richer where the OI is)")
                         BigDecimal skew) {
    }

    @Override
    public String name() {
        return "get_oi_weighted_skew";
    }

    @Override
    public String description() {
        return "Open-interest-weighted implied vol of OTM puts vs OTM calls of one Deribit expiry, and their difference.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: one expiry's marks weighted by open interest. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(10)));
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public DeribitChainInput example() {
        return new DeribitChainInput("BTC", "31JAN25");
    }

    @Override
    public ToolResult answer(DeribitChain chain, DeribitChainInput input) {
        List<DeribitChain.Option> expiry = chain.expiry(input.expiry());
        OiWeightedSkew s = DeribitChain.analyse("OI-weighted skew", () -> Skew.oiWeighted(
                DeribitChain.quotes(expiry), DeribitChain.forwardOf(expiry)));
        return ToolResult.of(new Output(chain.currency(), expiry.get(0).expiryCode(), Decimals.of(s.putIv()),
                Decimals.of(s.callIv()), Decimals.of(s.skew())));
    }
}
