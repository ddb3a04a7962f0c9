package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** {@code get_atm_vs_wings_vol}: ATM IV against the IVs at F(1 ± width) of one expiry: the smile's convexity. */
public final class DeribitGetAtmVsWingsVolTool implements DeribitWingTool {

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
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public ToolResult answer(Wings w, DeribitWingInput input) {
        return ToolResult.of(new Output(w.currency(), w.expiry(), input.width(), Decimals.of(w.forward()),
                Decimals.of(w.vols().atmIv()), Decimals.of(w.vols().putWingIv()), Decimals.of(w.vols().callWingIv()),
                Decimals.of(w.vols().wingPremium())));
    }
}
