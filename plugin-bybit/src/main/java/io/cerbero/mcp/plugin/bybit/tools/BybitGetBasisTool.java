package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Ticker;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/** {@code get_basis}: spot ticker vs perpetual ticker. */
public final class BybitGetBasisTool implements Tool<BybitSession, BybitGetBasisTool.Input> {
    static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    public record Input(
            @Schema(description = "perpetual symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "perpetual category: linear (default) or inverse", example = "linear")
            BybitCategory category,
            @Schema(description = "spot symbol to compare with; default the perpetual's symbol (required for inverse)",
                    example = "BTCUSDT") String spotSymbol) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse);
            Inputs.optionalToken(spotSymbol, "spot_symbol", BybitParams.SYMBOL_MAX);
            if (spotSymbol == null && category == BybitCategory.inverse) {
                throw ToolException.invalidInput("spot_symbol is required for an inverse perpetual (e.g. BTCUSDT for BTCUSD)");
            }
        }
    }

    /**
     * Prices are mid quotes ((bid1 + ask1) / 2), or the last price when a side is empty.
     *
     * @param basis    perp price − spot price
     * @param basisBps basis / spot price × 10 000
     */
    public record Output(String symbol, String spotSymbol, BigDecimal perpPrice, BigDecimal spotPrice,
                         BigDecimal perpMarkPrice, BigDecimal basis, BigDecimal basisBps, BigDecimal fundingRate) {
    }

    @Override
    public String name() {
        return "get_basis";
    }

    @Override
    public String description() {
        return "Basis of a Bybit perpetual against spot: perp − spot, absolute and in basis points (mid prices).";
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

    /** Host cache: two tickers (perp and spot); half a second keeps the spread current. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(500)));
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, "BTCUSDT");
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        String spotSymbol = input.spotSymbol() == null ? input.symbol() : input.spotSymbol();
        BybitEnvelope<BybitPage<Ticker>> perpAnswer = session.client().tickers(input.category(), input.symbol(), null);
        Ticker perp = one(perpAnswer, input.category(), input.symbol());
        Ticker spot = one(session.client().tickers(BybitCategory.spot, spotSymbol, null), BybitCategory.spot, spotSymbol);
        BigDecimal perpPrice = price(perp);
        BigDecimal spotPrice = price(spot);
        BigDecimal basis = perpPrice.subtract(spotPrice);
        BigDecimal bps = basis.multiply(BPS).divide(spotPrice, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
        return ToolResult.of(new Output(input.symbol(), spotSymbol, perpPrice, spotPrice, perp.markPrice(), basis, bps,
                perp.fundingRate()), perpAnswer.timestamp());
    }

    static Ticker one(BybitEnvelope<BybitPage<Ticker>> answer, BybitCategory category, String symbol) {
        return answer.requireResult().list().stream().filter(t -> symbol.equals(t.symbol())).findFirst()
                .orElseThrow(() -> ToolException.invalidInput("Bybit has no " + category + " ticker for '" + symbol + "'"));
    }

    static BigDecimal price(Ticker ticker) {
        BigDecimal price = ticker.midOrLast();
        if (price == null || price.signum() <= 0) {
            throw ToolException.upstreamError("Bybit ticker " + ticker.symbol() + " has no usable price");
        }
        return price;
    }
}
