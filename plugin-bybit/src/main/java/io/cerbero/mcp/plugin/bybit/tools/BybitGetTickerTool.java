package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.Ticker;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.cerbero.mcp.plugin.bybit.unified.BybitUnits;
import io.cerbero.mcp.plugin.bybit.unified.VenueFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_ticker}: GET /v5/market/tickers for one symbol, without blocking (it runs on the host's I/O thread). */
public final class BybitGetTickerTool implements AsyncTool<BybitSession, BybitGetTickerTool.Input> {

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "product type (default linear)", example = "linear")
            BybitCategory category) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category);
        }
    }

    @Override
    public String name() {
        return "get_ticker";
    }

    @Override
    public String description() {
        return "Last price, best bid/ask, 24 h stats, and for derivatives mark/index price, funding and open interest "
                + "of one Bybit symbol.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Ticker.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Shared by every caller of the environment: a ticker moves every tick; a quarter second keeps a fleet of bots on one venue call. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(250)).servingStaleFor(Duration.ofSeconds(5)));
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(BybitSession session, Input input, ToolCall call) {
        return session.client().tickersAsync(input.category(), input.symbol(), null)
                .thenApply(answer -> result(session, input, answer));
    }

    private static ToolResult result(BybitSession session, Input input,
                                     BybitEnvelope<BybitPage<BybitMarketData.Ticker>> answer) {
        BybitMarketData.Ticker t = answer.requireResult().list().stream()
                .filter(r -> input.symbol().equals(r.symbol())).findFirst()
                .orElseThrow(() -> ToolException.invalidInput("Bybit has no " + input.category() + " ticker for '"
                        + input.symbol() + "'").withFix("check the symbol and category with get_instruments")
                        // the host's cache remembers this rejection for a few seconds
                        .withDetail("reason", "unknown_instrument"));
        return ToolResult.of(unified(session, input.category(), t, answer.timestamp()), answer.timestamp());
    }

    /**
     * The unified ticker. Placeholders become null: an empty side of the book ({@code bid1Price "0"} with size
     * {@code "0"}, common on options), mark and index {@code "0"}, funding {@code ""} on dated futures,
     * {@code nextFundingTime "0"}. Option IVs and greeks, open interest value and the funding interval go in
     * {@code venue_specific}.
     */
    static Ticker unified(BybitSession session, BybitCategory category, BybitMarketData.Ticker t, Instant time) {
        BigDecimal bid = Unset.zeroAsNull(t.bid1Price());
        BigDecimal ask = Unset.zeroAsNull(t.ask1Price());
        boolean perpetual = category.isDerivative() && Unset.epochMillis(t.nextFundingTime()) != null;
        return new Ticker(t.symbol(), BybitUnits.quoteCurrency(session.instruments(), category, t.symbol()),
                BybitUnits.sizeUnit(category), Unset.zeroAsNull(t.lastPrice()), bid,
                bid == null ? null : t.bid1Size(), ask, ask == null ? null : t.ask1Size(),
                Unset.zeroAsNull(t.markPrice()), Unset.zeroAsNull(t.indexPrice()), Unset.zeroAsNull(t.highPrice24h()),
                Unset.zeroAsNull(t.lowPrice24h()), t.volume24h(), t.turnover24h(), t.price24hPcnt(),
                t.openInterest(), perpetual ? t.fundingRate() : null, Unset.epochMillis(t.nextFundingTime()), time,
                VenueFields.of().put("category", category)
                        .put("open_interest_value", t.openInterestValue())
                        .put("funding_interval_hours", perpetual ? t.fundingIntervalHour() : null)
                        .put("mark_iv", Unset.zeroAsNull(t.markIv()))
                        .put("bid_iv", bid == null ? null : Unset.zeroAsNull(t.bid1Iv()))
                        .put("ask_iv", ask == null ? null : Unset.zeroAsNull(t.ask1Iv()))
                        .put("underlying_price", Unset.zeroAsNull(t.underlyingPrice()))
                        .put("delta", t.delta()).put("gamma", t.gamma()).put("vega", t.vega()).put("theta", t.theta())
                        .put("delivery_time", Unset.epochMillis(t.deliveryTime()))
                        .build());
    }
}
