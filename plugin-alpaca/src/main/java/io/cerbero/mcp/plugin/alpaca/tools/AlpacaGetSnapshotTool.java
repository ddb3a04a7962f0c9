package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Bar;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.OptionSnapshots;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.StockSnapshot;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_snapshot}: latest trade, latest quote, minute bar, daily bar and previous daily bar of up to 50 stocks
 * ({@code GET /v2/stocks/snapshots}) and options ({@code GET /v1beta1/options/snapshots}, adding IV and greeks),
 * both asked in parallel without blocking. Symbols the venue has no data for are listed in {@code missing}.
 */
public final class AlpacaGetSnapshotTool implements AsyncTool<AlpacaSession, AlpacaGetSnapshotTool.Input> {
    static final int MAX_SYMBOLS = 50;

    public record Input(
            @ArraySchema(schema = @Schema(description = "stock ticker or OCC option symbol", example = "AAPL"),
                    minItems = 1, maxItems = MAX_SYMBOLS, arraySchema = @Schema(requiredMode =
                    Schema.RequiredMode.REQUIRED, example = "[\"AAPL\", \"AAPL250117C00150000\"]"))
            List<String> symbols) {
        public Input {
            if (symbols == null || symbols.isEmpty() || symbols.size() > MAX_SYMBOLS) {
                throw ToolException.invalidInput("symbols must list 1-" + MAX_SYMBOLS + " symbols");
            }
            symbols = List.copyOf(new LinkedHashSet<>(symbols.stream()
                    .map(s -> AlpacaParams.symbol(s, "symbols[]")).toList()));
        }
    }

    /** A trade: when, price, size (shares or contracts), exchange code. */
    public record TradeView(Instant time, BigDecimal price, BigDecimal size, String exchange) {
    }

    /** A quote: when, best bid and ask with their sizes and exchange codes. */
    public record QuoteView(Instant time, BigDecimal bid, BigDecimal bidSize, String bidExchange, BigDecimal ask,
                            BigDecimal askSize, String askExchange) {
    }

    /** Option greeks as Alpaca computes them. */
    public record GreeksView(BigDecimal delta, BigDecimal gamma, BigDecimal theta, BigDecimal vega, BigDecimal rho) {
    }

    /** One symbol's snapshot; option fields are absent for stocks. */
    public record SymbolSnapshot(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "what sizes count: base (shares) or contracts", requiredMode =
                    Schema.RequiredMode.REQUIRED) SizeUnit sizeUnit,
            TradeView latestTrade, QuoteView latestQuote, Candle minuteBar, Candle dailyBar, Candle prevDailyBar,
            @Schema(description = "options: implied volatility as a fraction") BigDecimal impliedVolatility,
            @Schema(description = "options: greeks") GreeksView greeks) {
    }

    /** @param missing symbols the venue answered nothing for */
    public record Output(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SymbolSnapshot> snapshots,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> missing) {
    }

    @Override
    public String name() {
        return "get_snapshot";
    }

    @Override
    public String description() {
        return "Latest trade, quote, minute bar, daily bar and previous daily bar of up to 50 US stocks and options "
                + "(options add IV and greeks).";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: up to 50 symbols per call; a second keeps quotes current. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(1)));
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
        return new Input(List.of("AAPL", "AAPL250117C00150000"));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        List<String> stocks = input.symbols().stream().filter(s -> !OccSymbol.isOption(s)).toList();
        List<String> options = input.symbols().stream().filter(OccSymbol::isOption).toList();
        CompletableFuture<Map<String, StockSnapshot>> stockAnswer = stocks.isEmpty()
                ? CompletableFuture.completedFuture(Map.of())
                : session.client().stockSnapshotsAsync(stocks, session.config().stockFeed());
        CompletableFuture<OptionSnapshots> optionAnswer = options.isEmpty()
                ? CompletableFuture.completedFuture(new OptionSnapshots(Map.of(), null))
                : session.client().optionSnapshotsAsync(options, session.config().optionsFeed());
        return stockAnswer.thenCombine(optionAnswer, (stockSnaps, optionSnaps) -> {
            List<SymbolSnapshot> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String symbol : input.symbols()) {
                SymbolSnapshot snapshot = OccSymbol.isOption(symbol)
                        ? option(symbol, optionSnaps.snapshots() == null ? null : optionSnaps.snapshots().get(symbol))
                        : stock(symbol, stockSnaps.get(symbol));
                if (snapshot == null) {
                    missing.add(symbol);
                } else {
                    found.add(snapshot);
                }
            }
            return ToolResult.of(new Output(found, missing));
        });
    }

    private static SymbolSnapshot stock(String symbol, StockSnapshot s) {
        return s == null ? null : new SymbolSnapshot(symbol, SizeUnit.base, trade(s.latestTrade()),
                quote(s.latestQuote()), candle(s.minuteBar()), candle(s.dailyBar()), candle(s.prevDailyBar()), null,
                null);
    }

    private static SymbolSnapshot option(String symbol, AlpacaMarketData.OptionSnapshot s) {
        if (s == null) {
            return null;
        }
        var g = s.greeks();
        return new SymbolSnapshot(symbol, SizeUnit.contracts, trade(s.latestTrade()), quote(s.latestQuote()),
                candle(s.minuteBar()), candle(s.dailyBar()), candle(s.prevDailyBar()), s.impliedVolatility(),
                g == null ? null : new GreeksView(g.delta(), g.gamma(), g.theta(), g.vega(), g.rho()));
    }

    static TradeView trade(AlpacaMarketData.Trade t) {
        return t == null ? null : new TradeView(t.t(), t.p(), t.s(), t.x());
    }

    static QuoteView quote(AlpacaMarketData.Quote q) {
        return q == null ? null : new QuoteView(q.t(), q.bp(), q.bs(), q.bx(), q.ap(), q.askSize(), q.ax());
    }

    private static Candle candle(Bar b) {
        return b == null || b.t() == null ? null : AlpacaGetOhlcvTool.candle(b);
    }
}
