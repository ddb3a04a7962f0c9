package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.analytics.microstructure.BookSide;
import io.cerbero.mcp.core.analytics.microstructure.OrderBook;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOrderbookTool.Book;
import io.cerbero.mcp.plugin.bybit.tools.BybitGetOrderbookTool.Level;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code get_orderbook_imbalance}: top-N book imbalance, micro-price and spread from core analytics. */
public final class BybitGetOrderbookImbalanceTool implements Tool<BybitSession, BybitGetOrderbookImbalanceTool.Input> {
    private static final MathContext SIGNIFICANT = new MathContext(12);

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "product type (default linear)", example = "linear") BybitCategory category,
            @Schema(description = "levels per side to sum, 1-200 (options 1-25), default 10", example = "10")
            Integer depth) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category);
            depth = Inputs.intInRange(depth, "depth", 1,
                    category == BybitCategory.option ? BybitGetOrderbookTool.OPTION_MAX_DEPTH : 200, 10);
        }
    }

    /**
     * @param imbalance     (B − A) / (B + A) over the top {@code depth} levels, in [−1, 1]; positive = bid-heavy
     * @param microPrice    depth-weighted mid: each side's VWAP weighted by the opposite side's size
     * @param spreadBps     (best ask − best bid) / mid × 10 000
     * @param bidDepth      size summed over the bid levels used
     * @param askDepth      size summed over the ask levels used
     */
    public record Output(String symbol, BybitCategory category, int depth, BigDecimal bestBid, BigDecimal bestAsk,
                         BigDecimal bidDepth, BigDecimal askDepth, BigDecimal imbalance, BigDecimal microPrice,
                         BigDecimal spreadBps, Instant time) {
    }

    @Override
    public String name() {
        return "get_orderbook_imbalance";
    }

    @Override
    public String description() {
        return "Order book imbalance of a Bybit symbol over the top N levels, with micro-price and spread in bps.";
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

    /** Host cache: derived from the book: the same quarter second as get_orderbook. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(250)));
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, 10);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        Book book = Book.fetch(session, input.category(), input.symbol(), input.depth());
        List<Level> bids = top(book.bids(), input.depth());
        List<Level> asks = top(book.asks(), input.depth());
        if (bids.isEmpty() || asks.isEmpty()) {
            throw ToolException.upstreamRejected("the " + input.symbol() + " book has an empty side; imbalance is undefined");
        }
        // the analytics library works on double: these are ratios and an estimate, not amounts sent to the venue
        BookSide bidSide = side(bids);
        BookSide askSide = side(asks);
        int n = input.depth();
        Instant time = book.time();
        return ToolResult.of(new Output(input.symbol(), input.category(), n, bids.get(0).price(), asks.get(0).price(),
                sum(bids), sum(asks), decimal(OrderBook.imbalance(bidSide, askSide, n)),
                decimal(OrderBook.depthWeightedMid(bidSide, askSide, n)), decimal(OrderBook.spreadBps(bidSide, askSide)),
                time), time);
    }

    private static List<Level> top(List<Level> levels, int n) {
        return levels.size() <= n ? levels : levels.subList(0, n);
    }

    private static BookSide side(List<Level> levels) {
        double[] prices = new double[levels.size()];
        double[] sizes = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            prices[i] = levels.get(i).price().doubleValue();
            sizes[i] = levels.get(i).size().doubleValue();
        }
        return new BookSide(prices, sizes);
    }

    private static BigDecimal sum(List<Level> levels) {
        return levels.stream().map(Level::size).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value)).round(SIGNIFICANT).stripTrailingZeros();
    }
}
