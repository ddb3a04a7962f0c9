package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.DealerGammaExposure;
import io.cerbero.mcp.core.analytics.options.Leg;
import io.cerbero.mcp.core.analytics.options.OptionType;
import io.cerbero.mcp.core.analytics.options.PayoffProfile;
import io.cerbero.mcp.core.analytics.options.SpreadPayoff;
import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * {@code calculate_spread_payoff}: the expiry payoff of a multi-leg option position on one Deribit expiry (core's
 * {@link SpreadPayoff}): breakevens, max profit and max loss solved exactly, and a profile around the index. Premiums
 * default to each leg's mark price; everything is in USD (coin prices × index), per the legs' coin quantities.
 */
public final class DeribitCalculateSpreadPayoffTool
        implements AsyncTool<DeribitSession, DeribitCalculateSpreadPayoffTool.Input> {

    public record LegInput(
            @JsonAlias("instrument")
            @Schema(description = "a Deribit option of the spread's expiry", example = "BTC-31JAN25-95000-C",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "buy or sell", example = "buy", requiredMode = Schema.RequiredMode.REQUIRED)
            Side side,
            @Schema(description = "amount in the coin", example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal qty,
            @Schema(description = "premium per coin in USD (default: mark price × index)", example = "3100")
            BigDecimal premiumUsd) {
        public LegInput {
            DeribitParams.symbol(symbol);
            if (DeribitSymbol.parse(symbol).kind() != InstrumentKind.option) {
                throw ToolException.invalidInput("legs must be options, got " + symbol);
            }
            Inputs.require(side, "side");
            Inputs.requirePositive(qty, "qty");
            Inputs.optionalPositive(premiumUsd, "premium_usd");
        }
    }

    public record Input(
            @Schema(description = "1-8 option legs of one currency and expiry", requiredMode = Schema.RequiredMode.REQUIRED)
            List<LegInput> legs,
            @Schema(description = "profile half-width around the index as a fraction, 0.05-0.9 (default 0.3)",
                    example = "0.3") BigDecimal range) {
        public Input {
            Inputs.require(legs, "legs");
            if (legs.isEmpty() || legs.size() > 8 || legs.stream().anyMatch(java.util.Objects::isNull)) {
                throw ToolException.invalidInput("legs must hold 1-8 legs");
            }
            legs = List.copyOf(legs);
            if (legs.stream().map(l -> l.symbol().split("-")[0] + "-" + l.symbol().split("-")[1]).distinct().count() > 1) {
                throw ToolException.invalidInput("every leg must share one currency and expiry (the payoff is at expiry)");
            }
            range = range == null ? new BigDecimal("0.3") : range;
            if (range.compareTo(new BigDecimal("0.05")) < 0 || range.compareTo(new BigDecimal("0.9")) > 0) {
                throw ToolException.invalidInput("range must be between 0.05 and 0.9");
            }
        }
    }

    public record ResolvedLeg(String symbol, @Schema(allowableValues = {"call", "put"}) String optionType,
                              BigDecimal strike,
                              @Schema(description = "signed coin amount: + bought, − sold") BigDecimal quantity,
                              @Schema(description = "premium per coin, USD") BigDecimal premiumUsd) {
    }

    public record Point(BigDecimal price, @Schema(description = "profit at expiry, USD") BigDecimal profit) {
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ResolvedLeg> legs,
                         @Schema(description = "index used for default premiums and the grid (USD)") BigDecimal index,
                         @Schema(description = "premium paid (positive) or received (negative), USD")
                         BigDecimal netPremiumUsd,
                         @Schema(description = "underlying prices where the profit is zero")
                         List<BigDecimal> breakevens,
                         @Schema(description = "largest profit, USD; absent when unbounded") BigDecimal maxProfit,
                         @Schema(description = "largest loss as a positive USD amount; absent when unbounded")
                         BigDecimal maxLoss,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Point> profile) {
    }

    @Override
    public String name() {
        return "calculate_spread_payoff";
    }

    @Override
    public String description() {
        return "Expiry payoff of a multi-leg Deribit option spread: breakevens, max profit/loss and a profit profile "
                + "in USD; premiums default to mark prices.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: default premiums are the legs' marks; two seconds. */
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
        return new Input(List.of(new LegInput("BTC-31JAN25-95000-C", Side.buy, BigDecimal.ONE, null),
                new LegInput("BTC-31JAN25-100000-C", Side.sell, BigDecimal.ONE, null)), new BigDecimal("0.3"));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        String currency = DeribitSymbol.parse(input.legs().get(0).symbol()).listingCurrency();
        return DeribitChain.load(session, currency).thenApply(chain -> {
            Map<String, DeribitChain.Option> bySymbol = chain.options().stream()
                    .collect(Collectors.toMap(DeribitChain.Option::symbol, o -> o));
            List<Leg> legs = new ArrayList<>();
            List<ResolvedLeg> resolved = new ArrayList<>();
            double net = 0;
            for (LegInput l : input.legs()) {
                DeribitChain.Option o = bySymbol.get(l.symbol());
                if (o == null) {
                    throw ToolException.invalidInput("Deribit lists no live option '" + l.symbol() + "' with a mark");
                }
                double qty = (l.side() == Side.buy ? 1 : -1) * l.qty().doubleValue();
                double premium = l.premiumUsd() != null ? l.premiumUsd().doubleValue()
                        : o.markPrice().doubleValue() * chain.index();
                boolean isCall = o.quote().type() == OptionType.CALL;
                legs.add(isCall ? Leg.call(o.quote().strike(), qty, premium) : Leg.put(o.quote().strike(), qty, premium));
                net += qty * premium;
                resolved.add(new ResolvedLeg(l.symbol(), isCall ? "call" : "put", Decimals.of(o.quote().strike()),
                        Decimals.of(qty), Decimals.of(premium)));
            }
            double r = input.range().doubleValue();
            double[] grid = DealerGammaExposure.logGrid(chain.index() * (1 - r), chain.index() * (1 + r), 61);
            PayoffProfile p = DeribitChain.analyse("spread payoff", () -> SpreadPayoff.evaluate(legs, grid));
            List<Point> profile = new ArrayList<>();
            for (int i = 0; i < p.prices().length; i++) {
                profile.add(new Point(Decimals.of(p.prices()[i]), Decimals.of(p.profit()[i])));
            }
            return ToolResult.of(new Output(resolved, Decimals.of(chain.index()), Decimals.of(net),
                    p.breakevens().stream().map(Decimals::of).toList(),
                    p.maxProfit().isPresent() ? Decimals.of(p.maxProfit().getAsDouble()) : null,
                    p.maxLoss().isPresent() ? Decimals.of(p.maxLoss().getAsDouble()) : null, profile));
        });
    }
}
