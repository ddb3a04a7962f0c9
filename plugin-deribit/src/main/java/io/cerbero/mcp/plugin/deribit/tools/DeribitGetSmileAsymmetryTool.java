package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** {@code get_smile_asymmetry}: (put wing IV − call wing IV) / ATM IV of one expiry: which side of the smile is richer. */
public final class DeribitGetSmileAsymmetryTool implements DeribitWingTool {

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String expiry,
                         @Schema(description = "wing distance from the forward") BigDecimal width,
                         @Schema(description = "IV at F(1 − width), fraction") BigDecimal putWingIv,
                         @Schema(description = "IV at F(1 + width), fraction") BigDecimal callWingIv,
                         @Schema(description = "(put wing − call wing) / ATM: positive when the downside is richer")
                         BigDecimal asymmetry) {
    }

    @Override
    public String name() {
        return "get_smile_asymmetry";
    }

    @Override
    public String description() {
        return "Smile asymmetry of one Deribit expiry: (put-wing IV − call-wing IV) / ATM IV at ±width from the forward.";
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
        return ToolResult.of(new Output(w.currency(), w.expiry(), input.width(), Decimals.of(w.vols().putWingIv()),
                Decimals.of(w.vols().callWingIv()), Decimals.of(w.vols().asymmetry())));
    }
}
