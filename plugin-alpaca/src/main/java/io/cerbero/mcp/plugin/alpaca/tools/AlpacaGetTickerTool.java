package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.model.Ticker;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Bar;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Greeks;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Quote;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Trade;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_ticker}: the latest trade and quote of a stock ({@code GET /v2/stocks/snapshots}) or an option
 * ({@code GET /v1beta1/options/snapshots}) in the unified shape, without blocking. "24 h" values are the current
 * session's daily bar (US markets trade in sessions, not around the clock), the change is against the previous
 * daily close.
 */
public final class AlpacaGetTickerTool implements AsyncTool<AlpacaSession, AlpacaGetTickerTool.Input> {

    public record Input(
            @Schema(description = "stock ticker or OCC option symbol", example = "AAPL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol) {
        public Input {
            symbol = AlpacaParams.symbol(symbol);
        }
    }

    @Override
    public String name() {
        return "get_ticker";
    }

    @Override
    public String description() {
        return "Latest trade, best bid/ask and the session's daily bar of one US stock or option (OCC symbol); "
                + "options add implied volatility and greeks in venue_specific.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: the latest trade and quote move every tick; a quarter second keeps a fleet on one call. */
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
        return new Input("AAPL");
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        String symbol = input.symbol();
        if (OccSymbol.isOption(symbol)) {
            return session.client().optionSnapshotsAsync(List.of(symbol), session.config().optionsFeed())
                    .thenApply(answer -> {
                        var snap = answer.snapshots() == null ? null : answer.snapshots().get(symbol);
                        if (snap == null) {
                            throw noData(symbol);
                        }
                        Map<String, Object> extra = new LinkedHashMap<>();
                        extra.put("feed", session.config().optionsFeed());
                        put(extra, "implied_volatility", snap.impliedVolatility());
                        Greeks g = snap.greeks();
                        if (g != null) {
                            Map<String, Object> greeks = new LinkedHashMap<>();
                            put(greeks, "delta", g.delta());
                            put(greeks, "gamma", g.gamma());
                            put(greeks, "theta", g.theta());
                            put(greeks, "vega", g.vega());
                            put(greeks, "rho", g.rho());
                            extra.put("greeks", greeks);
                        }
                        return result(symbol, SizeUnit.contracts, snap.latestTrade(), snap.latestQuote(),
                                snap.dailyBar(), snap.prevDailyBar(), extra);
                    });
        }
        return session.client().stockSnapshotsAsync(List.of(symbol), session.config().stockFeed())
                .thenApply(snapshots -> {
                    var snap = snapshots.get(symbol);
                    if (snap == null) {
                        throw noData(symbol);
                    }
                    Map<String, Object> extra = new LinkedHashMap<>();
                    extra.put("feed", session.config().stockFeed());
                    return result(symbol, SizeUnit.base, snap.latestTrade(), snap.latestQuote(), snap.dailyBar(),
                            snap.prevDailyBar(), extra);
                });
    }

    static ToolException noData(String symbol) {
        return ToolException.invalidInput("Alpaca's market data has nothing for '" + symbol + "'")
                .withFix("check the symbol: a US stock ticker or an OCC option symbol");
    }

    private static ToolResult result(String symbol, SizeUnit unit, Trade trade, Quote quote, Bar daily, Bar previous,
                                     Map<String, Object> extra) {
        BigDecimal last = trade == null ? null : Unset.zeroAsNull(trade.p());
        BigDecimal prevClose = previous == null ? null : Unset.zeroAsNull(previous.c());
        BigDecimal change = last == null || prevClose == null ? null
                : last.subtract(prevClose).divide(prevClose, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        BigDecimal quoteVolume = daily == null || daily.v() == null || daily.vw() == null ? null
                : daily.v().multiply(daily.vw()).setScale(2, RoundingMode.HALF_EVEN);
        if (prevClose != null) {
            extra.put("prev_close", prevClose);
        }
        if (daily != null && daily.t() != null) {
            extra.put("daily_bar_time", daily.t());
        }
        Instant timestamp = latest(trade == null ? null : trade.t(), quote == null ? null : quote.t());
        Ticker ticker = new Ticker(symbol, "USD", unit, last,
                quote == null ? null : Unset.zeroAsNull(quote.bp()), quote == null ? null : quote.bs(),
                quote == null ? null : Unset.zeroAsNull(quote.ap()), quote == null ? null : quote.askSize(),
                null, null, daily == null ? null : daily.h(), daily == null ? null : daily.l(),
                daily == null ? null : daily.v(), quoteVolume, change, null, null, null, timestamp, extra);
        return ToolResult.of(ticker, timestamp);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
