package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.Ticker;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitAnswer;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_ticker}: {@code public/ticker} in the unified {@link Ticker}. Sizes follow the units trap: USD for
 * inverse perpetuals and futures, the coin for options and linear instruments; option prices are in the coin.
 */
public final class DeribitGetTickerTool implements AsyncTool<DeribitSession, DeribitGetTickerTool.Input> {

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = DeribitParams.SYMBOL_DOC, example = "BTC-PERPETUAL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol) {
        public Input {
            DeribitParams.symbol(symbol);
        }
    }

    @Override
    public String name() {
        return "get_ticker";
    }

    @Override
    public String description() {
        return "Last, best bid/ask, mark and index price, 24 h stats, open interest and funding (perpetuals) of one "
                + "Deribit instrument; options add mark/bid/ask IV and the venue's greeks in venue_specific.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: a ticker moves every tick; a quarter second keeps a fleet of bots on one venue call. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(250)).servingStaleFor(Duration.ofSeconds(5)));
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
    public Input example() {
        return new Input("BTC-PERPETUAL");
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return session.client().ticker(input.symbol()).thenApply(answer -> result(input.symbol(), answer));
    }

    static ToolResult result(String symbol, DeribitAnswer<DeribitMarketData.Ticker> answer) {
        DeribitMarketData.Ticker t = answer.result();
        DeribitSymbol s = DeribitSymbol.parse(symbol);
        DeribitMarketData.Stats stats = t.stats();
        boolean inverse = s.inverse();
        Map<String, Object> extra = new LinkedHashMap<>();
        DeribitParams.put(extra, "state", t.state());
        DeribitParams.put(extra, "settlement_price", t.settlementPrice());
        DeribitParams.put(extra, "estimated_delivery_price", t.estimatedDeliveryPrice());
        DeribitParams.put(extra, "min_price", t.minPrice());
        DeribitParams.put(extra, "max_price", t.maxPrice());
        DeribitParams.put(extra, "current_funding", t.currentFunding());
        DeribitParams.put(extra, "interest_value", t.interestValue());
        DeribitParams.put(extra, "volume_usd_24h", stats == null ? null : stats.volumeUsd());
        DeribitParams.put(extra, "mark_iv", DeribitParams.percentToFraction(t.markIv()));
        DeribitParams.put(extra, "bid_iv", DeribitParams.percentToFraction(t.bidIv()));
        DeribitParams.put(extra, "ask_iv", DeribitParams.percentToFraction(t.askIv()));
        DeribitParams.put(extra, "underlying_price", t.underlyingPrice());
        DeribitParams.put(extra, "underlying_index", t.underlyingIndex());
        DeribitParams.put(extra, "interest_rate", t.interestRate());
        if (t.greeks() != null) {
            Map<String, Object> greeks = new LinkedHashMap<>();
            DeribitParams.put(greeks, "delta", t.greeks().delta());
            DeribitParams.put(greeks, "gamma", t.greeks().gamma());
            DeribitParams.put(greeks, "vega", t.greeks().vega());
            DeribitParams.put(greeks, "theta", t.greeks().theta());
            DeribitParams.put(greeks, "rho", t.greeks().rho());
            extra.put("greeks", greeks);
        }
        Ticker ticker = new Ticker(symbol, s.quote(), s.sizeUnit(), t.lastPrice(), Unset.zeroAsNull(t.bestBidPrice()),
                Unset.zeroAsNull(t.bestBidPrice()) == null ? null : t.bestBidAmount(),
                Unset.zeroAsNull(t.bestAskPrice()),
                Unset.zeroAsNull(t.bestAskPrice()) == null ? null : t.bestAskAmount(), t.markPrice(), t.indexPrice(),
                stats == null ? null : stats.high(), stats == null ? null : stats.low(),
                stats == null ? null : inverse ? stats.volumeUsd() : stats.volume(),
                stats == null ? null : inverse ? stats.volumeUsd() : null,
                stats == null ? null : DeribitParams.percentToFraction(stats.priceChange()), t.openInterest(),
                t.funding8h(), null, DeribitParams.millis(t.timestamp()), extra);
        return ToolResult.of(ticker, DeribitParams.millis(t.timestamp()));
    }
}
