package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Ticker;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code get_basis_term_structure}: every live dated future of a base coin (linear LinearFutures and inverse
 * InverseFutures) against spot, with the basis annualised to the expiry.
 */
public final class BybitGetBasisTermStructureTool implements Tool<BybitSession, BybitGetBasisTermStructureTool.Input> {
    static final BigDecimal MS_PER_DAY = BigDecimal.valueOf(86_400_000L);
    static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    public record Input(
            @Schema(description = "base coin", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String baseCoin,
            @Schema(description = "spot reference symbol; default <base_coin>USDT", example = "BTCUSDT")
            String spotSymbol,
            @Schema(description = "include inverse futures (default true)", example = "true") Boolean includeInverse) {
        public Input {
            Inputs.requireToken(baseCoin, "base_coin", 16);
            baseCoin = baseCoin.toUpperCase(Locale.ROOT);
            Inputs.optionalToken(spotSymbol, "spot_symbol", BybitParams.SYMBOL_MAX);
            includeInverse = includeInverse == null ? Boolean.TRUE : includeInverse;
        }
    }

    /**
     * One future.
     *
     * @param daysToExpiry     (delivery − now) in days, from the gateway clock
     * @param basis            future price − spot price
     * @param basisPct         F / S − 1
     * @param annualizedBasis  (F / S − 1) × 365 / days_to_expiry
     */
    public record Point(String symbol, BybitCategory category, Instant expiry, BigDecimal daysToExpiry,
                        BigDecimal futurePrice, BigDecimal basis, BigDecimal basisPct, BigDecimal annualizedBasis) {
    }

    /** Futures sorted by expiry; prices are mid quotes, or last price when a side is empty. */
    public record Output(String baseCoin, String spotSymbol, BigDecimal spotPrice, List<Point> curve) {
    }

    @Override
    public String name() {
        return "get_basis_term_structure";
    }

    @Override
    public String description() {
        return "Basis term structure of a coin on Bybit: each live dated future vs spot, with the basis annualised to "
                + "its expiry.";
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
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: annualised basis of dated futures moves slowly; one call fans out over every expiry. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(5)));
    }

    @Override
    public Input example() {
        return new Input("BTC", "BTCUSDT", true);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        String spotSymbol = input.spotSymbol() == null ? input.baseCoin() + "USDT" : input.spotSymbol();
        BybitEnvelope<BybitPage<Ticker>> spotAnswer = session.client().tickers(BybitCategory.spot, spotSymbol, null);
        BigDecimal spot = BybitGetBasisTool.price(BybitGetBasisTool.one(spotAnswer, BybitCategory.spot, spotSymbol));
        Instant now = session.clock().instant();
        List<Point> curve = new ArrayList<>(futures(session, input.baseCoin(), BybitCategory.linear, "LinearFutures",
                spot, now));
        if (input.includeInverse()) {
            curve.addAll(futures(session, input.baseCoin(), BybitCategory.inverse, "InverseFutures", spot, now));
        }
        curve.sort(Comparator.comparing(Point::expiry).thenComparing(Point::symbol));
        return ToolResult.of(new Output(input.baseCoin(), spotSymbol, spot, curve), spotAnswer.timestamp());
    }

    private static List<Point> futures(BybitSession session, String baseCoin, BybitCategory category,
                                       String contractType, BigDecimal spot, Instant now) {
        List<Instrument> live = session.client().instruments(category, null, baseCoin, 1000, null).requireResult()
                .list().stream()
                .filter(i -> contractType.equals(i.contractType()) && i.isTrading())
                .filter(i -> i.deliveryTime() != null && i.deliveryTime() > now.toEpochMilli())
                .toList();
        session.instruments().putAll(category, live);
        List<Point> points = new ArrayList<>();
        for (Instrument future : live) {
            Ticker ticker = BybitGetBasisTool.one(session.client().tickers(category, future.symbol(), null), category,
                    future.symbol());
            points.add(point(future, category, BybitGetBasisTool.price(ticker), spot, now));
        }
        return points;
    }

    static Point point(Instrument future, BybitCategory category, BigDecimal price, BigDecimal spot, Instant now) {
        BigDecimal days = BigDecimal.valueOf(future.deliveryTime() - now.toEpochMilli())
                .divide(MS_PER_DAY, MathContext.DECIMAL64);
        BigDecimal pct = price.divide(spot, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
        BigDecimal annualized = pct.multiply(DAYS_PER_YEAR).divide(days, MathContext.DECIMAL64);
        return new Point(future.symbol(), category, Instant.ofEpochMilli(future.deliveryTime()),
                days.setScale(4, RoundingMode.HALF_EVEN), price, price.subtract(spot),
                pct.setScale(8, RoundingMode.HALF_EVEN), annualized.setScale(8, RoundingMode.HALF_EVEN));
    }
}
