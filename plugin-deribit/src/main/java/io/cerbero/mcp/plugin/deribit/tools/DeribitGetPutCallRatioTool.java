package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.PutCallRatio;
import io.cerbero.mcp.core.analytics.options.PutCallRatios;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** {@code get_put_call_ratio}: put/call ratios by open interest and by 24 h volume (core's {@link PutCallRatio}). */
public final class DeribitGetPutCallRatioTool implements DeribitChainTool {

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(description = "the expiry, absent for the whole chain") String expiry,
                         @Schema(description = "put open interest, in the coin") BigDecimal putOpenInterest,
                         @Schema(description = "call open interest, in the coin") BigDecimal callOpenInterest,
                         @Schema(description = "put OI / call OI; absent when there is no call OI")
                         BigDecimal openInterestRatio,
                         @Schema(description = "24 h put volume, in the coin") BigDecimal putVolume,
                         @Schema(description = "24 h call volume, in the coin") BigDecimal callVolume,
                         @Schema(description = "put volume / call volume; absent when there is no call volume")
                         BigDecimal volumeRatio) {
    }

    @Override
    public String name() {
        return "get_put_call_ratio";
    }

    @Override
    public String description() {
        return "Put/call ratios of Deribit options by open interest and by 24 h volume, for the whole chain or one "
                + "expiry.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: open interest and 24 h volume ratios change slowly. */
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
        PutCallRatios r = DeribitChain.analyse("put/call ratio", () -> PutCallRatio.of(
                DeribitChain.quotes(chain.select(input.expiry()))));
        return ToolResult.of(new Output(chain.currency(), input.expiry(), Decimals.of(r.putOpenInterest()),
                Decimals.of(r.callOpenInterest()), ratio(r.openInterestRatio()), Decimals.of(r.putVolume()),
                Decimals.of(r.callVolume()), ratio(r.volumeRatio())));
    }

    private static BigDecimal ratio(OptionalDouble value) {
        return value.isPresent() ? Decimals.of(value.getAsDouble()) : null;
    }
}
