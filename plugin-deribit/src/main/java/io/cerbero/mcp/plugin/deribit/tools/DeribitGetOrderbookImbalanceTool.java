package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.analytics.AnalyticsInputException;
import io.cerbero.mcp.core.analytics.Decimals;
import io.cerbero.mcp.core.analytics.microstructure.BookSide;
import io.cerbero.mcp.core.model.BookLevel;
import io.cerbero.mcp.core.model.OrderBook;
import io.cerbero.mcp.core.model.SizeUnit;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_orderbook_imbalance}: top-N book imbalance {@code (B − A) / (B + A)}, the depth-weighted micro-price and
 * the spread, from one {@code public/get_order_book} (core's microstructure analytics).
 */
public final class DeribitGetOrderbookImbalanceTool
        implements AsyncTool<DeribitSession, DeribitGetOrderbookImbalanceTool.Input> {

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = DeribitParams.SYMBOL_DOC, example = "BTC-PERPETUAL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "levels per side to sum, 1-100 (default 10)", example = "10") Integer depth) {
        public Input {
            DeribitParams.symbol(symbol);
            depth = Inputs.intInRange(depth, "depth", 1, 100, 10);
        }
    }

    public record Output(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "levels per side summed", requiredMode = Schema.RequiredMode.REQUIRED) int depth,
            @Schema(description = "(B − A) / (B + A) over the top levels, in [-1, 1]; positive = bid-heavy")
            BigDecimal imbalance,
            @Schema(description = "depth-weighted micro-price, leaning toward the thinner side") BigDecimal microPrice,
            @Schema(description = "(ask − bid) / mid × 10⁴") BigDecimal spreadBps,
            BigDecimal bestBid, BigDecimal bestAsk,
            @Schema(description = "bid size summed over the top levels, in size_unit") BigDecimal bidDepth,
            @Schema(description = "ask size summed over the top levels, in size_unit") BigDecimal askDepth,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SizeUnit sizeUnit,
            Instant timestamp) {
    }

    @Override
    public String name() {
        return "get_orderbook_imbalance";
    }

    @Override
    public String description() {
        return "Order-book imbalance of the top N levels, micro-price and spread (bps) of one Deribit instrument.";
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
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Input example() {
        return new Input("BTC-PERPETUAL", 10);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        int fetch = DeribitGetOrderbookTool.DEPTHS.stream().filter(d -> d >= input.depth()).findFirst().orElse(100);
        return session.client().orderBook(input.symbol(), fetch).thenApply(answer -> {
            OrderBook book = DeribitGetOrderbookTool.unified(input.symbol(), answer.result());
            if (book.bids().isEmpty() || book.asks().isEmpty()) {
                throw ToolException.invalidInput(input.symbol() + " has an empty side in its book: no imbalance");
            }
            BookSide bids = side(book.bids());
            BookSide asks = side(book.asks());
            int n = input.depth();
            try {
                return ToolResult.of(new Output(input.symbol(), n,
                        Decimals.of(io.cerbero.mcp.core.analytics.microstructure.OrderBook.imbalance(bids, asks, n)),
                        Decimals.of(io.cerbero.mcp.core.analytics.microstructure.OrderBook.depthWeightedMid(bids, asks, n)),
                        Decimals.of(io.cerbero.mcp.core.analytics.microstructure.OrderBook.spreadBps(bids, asks)),
                        book.bids().get(0).price(), book.asks().get(0).price(), sum(book.bids(), n), sum(book.asks(), n),
                        book.sizeUnit(), book.timestamp()), book.timestamp());
            } catch (AnalyticsInputException e) {
                throw ToolException.invalidInput(input.symbol() + ": " + e.getMessage());
            }
        });
    }

    private static BookSide side(List<BookLevel> levels) {
        double[] prices = levels.stream().mapToDouble(l -> l.price().doubleValue()).toArray();
        double[] sizes = levels.stream().mapToDouble(l -> l.size().doubleValue()).toArray();
        return new BookSide(prices, sizes);
    }

    private static BigDecimal sum(List<BookLevel> levels, int n) {
        return levels.stream().limit(n).map(BookLevel::size).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
