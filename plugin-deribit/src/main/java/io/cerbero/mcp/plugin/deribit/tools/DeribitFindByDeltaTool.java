package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.Black76;
import io.cerbero.mcp.core.analytics.options.DeltaMatch;
import io.cerbero.mcp.core.analytics.options.DeskGreeks;
import io.cerbero.mcp.core.analytics.options.FindByDelta;
import io.cerbero.mcp.core.analytics.options.Forward;
import io.cerbero.mcp.core.analytics.options.OptionType;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code find_by_delta}: the option of one expiry whose delta is nearest a target (positive: calls, negative: puts),
 * with its greeks computed locally (Black-76 on the expiry's forward, from mark IV) in desk units: USD per coin,
 * vega per volatility point, theta per calendar day.
 */
public final class DeribitFindByDeltaTool implements AsyncTool<DeribitSession, DeribitFindByDeltaTool.Input> {

    public record Input(
            @Schema(description = "option currency: BTC or ETH (default BTC)", example = "BTC") String currency,
            @Schema(description = "Deribit expiry code (default: nearest expiry at least a day away)",
                    example = "31JAN25") String expiry,
            @Schema(description = "target delta in (-1, 1), not 0: 0.25 = 25-delta call, -0.25 = 25-delta put",
                    example = "0.25", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal targetDelta) {
        public Input {
            currency = DeribitParams.currency(currency, "currency", "BTC");
            expiry = DeribitChain.expiryCode(expiry);
            Inputs.require(targetDelta, "target_delta");
            if (targetDelta.signum() == 0 || targetDelta.abs().compareTo(BigDecimal.ONE) >= 0) {
                throw ToolException.invalidInput("target_delta must be in (-1, 1) and not 0");
            }
        }
    }

    /** Greeks of one option in desk units, per 1 coin of the option. */
    public record Greeks(@Schema(description = "Black-76 value, USD") BigDecimal price, BigDecimal delta,
                         @Schema(description = "per USD move of the forward") BigDecimal gamma,
                         @Schema(description = "USD per volatility point") BigDecimal vega,
                         @Schema(description = "USD per calendar day") BigDecimal theta,
                         @Schema(description = "delta per volatility point") BigDecimal vanna,
                         @Schema(description = "delta per calendar day") BigDecimal charm) {
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String expiry,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal targetDelta,
                         @Schema(description = "the instrument found", requiredMode = Schema.RequiredMode.REQUIRED)
                         String symbol,
                         @Schema(allowableValues = {"call", "put"}) String optionType,
                         BigDecimal strike,
                         @Schema(description = "the expiry's forward (USD)") BigDecimal forward,
                         @Schema(description = "mark IV, fraction") BigDecimal iv,
                         @Schema(description = "mark price in the coin (Deribit's quote)") BigDecimal markPrice,
                         Greeks greeks) {
    }

    @Override
    public String name() {
        return "find_by_delta";
    }

    @Override
    public String description() {
        return "The Deribit option of one expiry with the delta nearest a target (0.25 call, -0.25 put …), with "
                + "locally computed Black-76 greeks in desk units.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: deltas follow the underlying; two seconds. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(2)));
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
        return new Input("BTC", "31JAN25", new BigDecimal("0.25"));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return DeribitChain.load(session, input.currency()).thenApply(chain -> {
            List<DeribitChain.Option> expiry = chain.expiry(input.expiry());
            DeltaMatch match = DeribitChain.analyse("find by delta", () -> FindByDelta.nearest(
                    DeribitChain.quotes(expiry), DeribitChain.forwardOf(expiry), input.targetDelta().doubleValue()));
            DeribitChain.Option found = expiry.stream().filter(o -> o.quote() == match.quote()).findFirst()
                    .orElseThrow();
            DeskGreeks g = Black76.greeks(found.quote().contract(), new Forward(found.forward(), 0),
                    found.quote().iv()).toDeskUnits();
            return ToolResult.of(new Output(chain.currency(), found.expiryCode(), input.targetDelta(), found.symbol(),
                    found.quote().type() == OptionType.CALL ? "call" : "put", Decimals.of(found.quote().strike()),
                    Decimals.of(found.forward()), Decimals.of(found.quote().iv()), found.markPrice(),
                    new Greeks(Decimals.of(g.price()), Decimals.of(g.delta()), Decimals.of(g.gamma()),
                            Decimals.of(g.vega()), Decimals.of(g.theta()), Decimals.of(g.vanna()),
                            Decimals.of(g.charm()))));
        });
    }
}
