package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.BookLevel;
import io.cerbero.mcp.core.model.OrderBook;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_orderbook}: {@code public/get_order_book} in the unified {@link OrderBook}, best levels first. */
public final class DeribitGetOrderbookTool implements AsyncTool<DeribitSession, DeribitGetOrderbookTool.Input> {
    /** The depths Deribit accepts. */
    static final List<Integer> DEPTHS = List.of(1, 5, 10, 20, 50, 100, 1000, 10000);

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = DeribitParams.SYMBOL_DOC, example = "BTC-PERPETUAL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "levels per side: 1, 5, 10, 20, 50, 100, 1000 or 10000 (default 20)", example = "20")
            Integer depth) {
        public Input {
            DeribitParams.symbol(symbol);
            depth = depth == null ? 20 : depth;
            if (!DEPTHS.contains(depth)) {
                throw ToolException.invalidInput("depth must be one of " + DEPTHS + ", got " + depth);
            }
        }
    }

    @Override
    public String name() {
        return "get_orderbook";
    }

    @Override
    public String description() {
        return "Order book of one Deribit instrument: bids (descending) and asks (ascending), best first; sizes in USD "
                + "for inverse perpetuals/futures, in the coin for options and linear instruments.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: a book moves every tick; a quarter second, never served stale. */
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
        return OrderBook.class;
    }

    @Override
    public Input example() {
        return new Input("BTC-PERPETUAL", 20);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return session.client().orderBook(input.symbol(), input.depth()).thenApply(answer -> {
            OrderBook book = unified(input.symbol(), answer.result());
            return ToolResult.of(book, book.timestamp());
        });
    }

    static OrderBook unified(String symbol, DeribitMarketData.OrderBook b) {
        DeribitSymbol s = DeribitSymbol.parse(symbol);
        Map<String, Object> extra = new LinkedHashMap<>();
        DeribitParams.put(extra, "change_id", b.changeId());
        DeribitParams.put(extra, "state", b.state());
        DeribitParams.put(extra, "mark_price", b.markPrice());
        DeribitParams.put(extra, "index_price", b.indexPrice());
        return new OrderBook(symbol, s.quote(), s.sizeUnit(), levels(b.bids()), levels(b.asks()),
                DeribitParams.millis(b.timestamp()), extra);
    }

    static List<BookLevel> levels(List<List<BigDecimal>> rows) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().map(row -> {
            if (row == null || row.size() < 2 || row.get(0) == null || row.get(1) == null) {
                throw ToolException.upstreamError("Deribit sent a malformed order book level");
            }
            return new BookLevel(row.get(0), row.get(1));
        }).toList();
    }
}
