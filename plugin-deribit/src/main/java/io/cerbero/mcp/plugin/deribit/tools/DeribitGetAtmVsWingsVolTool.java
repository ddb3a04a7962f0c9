package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_atm_vs_wings_vol}: ATM IV against the IVs at F(1 ± width) of one expiry: the smile's convexity. */
public final class DeribitGetAtmVsWingsVolTool implements AsyncTool<DeribitSession, DeribitWingInput> {

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String expiry,
                         @Schema(description = "wing distance from the forward") BigDecimal width,
                         @Schema(description = "the expiry's forward (USD)") BigDecimal forward,
                         @Schema(description = "IV at the forward, fraction") BigDecimal atmIv,
                         @Schema(description = "IV at F(1 − width), fraction") BigDecimal putWingIv,
                         @Schema(description = "IV at F(1 + width), fraction") BigDecimal callWingIv,
                         @Schema(description = "(put wing + call wing) / 2 − ATM: positive for a smile")
                         BigDecimal wingPremium) {
    }

    @Override
    public String name() {
        return "get_atm_vs_wings_vol";
    }

    @Override
    public String description() {
        return "ATM implied vol vs the wings at ±width from the forward for one Deribit expiry, and the wing premium.";
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
    public Class<DeribitWingInput> inputType() {
        return DeribitWingInput.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public DeribitWingInput example() {
        return new DeribitWingInput("BTC", "31JAN25", new BigDecimal("0.05"));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, DeribitWingInput input, ToolCall call) {
        return DeribitWings.of(session, input).thenApply(r -> ToolResult.of(new Output(r.currency(), r.expiry(),
                input.width(), Decimals.of(r.forward()), Decimals.of(r.wings().atmIv()),
                Decimals.of(r.wings().putWingIv()), Decimals.of(r.wings().callWingIv()),
                Decimals.of(r.wings().wingPremium()))));
    }
}
