package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.options.TermStructure;
import io.cerbero.mcp.core.analytics.options.TermStructureResult;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code get_term_structure}: ATM implied volatility of every expiry (core's {@link TermStructure}: the OTM smile
 * interpolated at each expiry's own forward), from one chain load.
 */
public final class DeribitGetTermStructureTool implements DeribitChainTool {

    public record Point(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String expiry,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant expiresAt,
                        @Schema(description = "calendar days to expiry") BigDecimal days,
                        @Schema(description = "the expiry's forward (USD)") BigDecimal forward,
                        @Schema(description = "ATM implied vol as a fraction") BigDecimal atmIv) {
    }

    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Point> points,
                         @Schema(description = "(last ATM IV − first) / (years between them)") BigDecimal slopePerYear,
                         @Schema(description = "true when the back ATM IV is above the front") boolean contango) {
    }

    @Override
    public String name() {
        return "get_term_structure";
    }

    @Override
    public String description() {
        return "ATM implied volatility per Deribit expiry (each at its own forward), with the slope and whether the "
                + "curve is in contango.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: ATM implied vol per expiry; a few seconds, one call fans out over the chain. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(5)));
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public ToolResult answer(DeribitChain chain, DeribitChainInput input) {
        List<Point> points = new ArrayList<>();
        double firstYears = 0;
        double firstIv = 0;
        double lastYears = 0;
        double lastIv = 0;
        for (Map.Entry<String, List<DeribitChain.Option>> e : DeribitChain.byExpiry(chain.select(input.expiry()))
                .entrySet()) {
            List<DeribitChain.Option> expiry = e.getValue();
            TermStructureResult one = DeribitChain.analyse(e.getKey(), () -> TermStructure.of(
                    DeribitChain.quotes(expiry), DeribitChain.forwardOf(expiry)));
            double years = one.points().get(0).years();
            double iv = one.points().get(0).atmIv();
            if (points.isEmpty()) {
                firstYears = years;
                firstIv = iv;
            }
            lastYears = years;
            lastIv = iv;
            points.add(new Point(e.getKey(), expiry.get(0).expiry(), Decimals.of(years * 365),
                    Decimals.of(expiry.get(0).forward()), Decimals.of(iv)));
        }
        BigDecimal slope = points.size() < 2 ? BigDecimal.ZERO
                : Decimals.of((lastIv - firstIv) / (lastYears - firstYears));
        return ToolResult.of(new Output(chain.currency(), points, slope, lastIv > firstIv));
    }
}
