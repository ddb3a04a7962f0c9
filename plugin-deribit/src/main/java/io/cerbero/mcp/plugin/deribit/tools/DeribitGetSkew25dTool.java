package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.Skew;
import io.cerbero.mcp.core.analytics.options.Skew25;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code get_skew_25d}: 25-delta risk reversal and butterfly of one expiry (core's {@link Skew#delta25}). */
public final class DeribitGetSkew25dTool implements DeribitChainTool {

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String expiry,
                         @Schema(description = "the expiry's forward (USD)") BigDecimal forward,
                         @Schema(description = "IV of the 25-delta put, fraction") BigDecimal put25Iv,
                         @Schema(description = "IV of the 25-delta call, fraction") BigDecimal call25Iv,
                         @Schema(description = "ATM IV, fraction") BigDecimal atmIv,
                         @Schema(description = "call25 − put25 (negative: puts bid)") BigDecimal riskReversal,
                         @Schema(description = "(call25 + put25) / 2 − ATM") BigDecimal butterfly) {
    }

    @Override
    public String name() {
        return "get_skew_25d";
    }

    @Override
    public String description() {
        return "25-delta skew of one Deribit expiry: 25-delta put and call IVs, ATM IV, risk reversal and butterfly.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: implied vols of one expiry follow the underlying; a few seconds. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(5)));
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
        Skew25 s = DeribitChain.analyse("25-delta skew", () -> Skew.delta25(DeribitChain.quotes(expiry),
                DeribitChain.forwardOf(expiry)));
        return ToolResult.of(new Output(chain.currency(), expiry.get(0).expiryCode(),
                Decimals.of(expiry.get(0).forward()), Decimals.of(s.put25Iv()), Decimals.of(s.call25Iv()),
                Decimals.of(s.atmIv()), Decimals.of(s.riskReversal()), Decimals.of(s.butterfly())));
    }
}
