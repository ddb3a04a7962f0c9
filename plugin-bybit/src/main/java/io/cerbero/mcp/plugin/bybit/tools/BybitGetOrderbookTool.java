package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.BookLevel;
import io.cerbero.mcp.core.model.OrderBook;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Orderbook;
import io.cerbero.mcp.plugin.bybit.unified.BybitUnits;
import io.cerbero.mcp.plugin.bybit.unified.VenueFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code get_orderbook}: GET /v5/market/orderbook, as the unified {@link OrderBook} (update id and seq in venue_specific). */
public final class BybitGetOrderbookTool implements Tool<BybitSession, BybitGetOrderbookTool.Input> {
    static final int OPTION_MAX_DEPTH = 25;

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "product type (default linear)", example = "linear") BybitCategory category,
            @Schema(description = "levels per side: 1-1000 (options 1-25), default 25", example = "25") Integer limit) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category);
            limit = Inputs.intInRange(limit, "limit", 1, category == BybitCategory.option ? OPTION_MAX_DEPTH : 1000, 25);
        }
    }

    /** One price level (get_orderbook_imbalance reads these). */
    public record Level(BigDecimal price, BigDecimal size) {
    }

    @Override
    public String name() {
        return "get_orderbook";
    }

    @Override
    public String description() {
        return "Order book of one Bybit symbol: bids (descending) and asks (ascending), best level first.";
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
    public Effect effect() {
        return Effect.READ;
    }

    /** Shared by every caller of the environment: the book changes every tick; a quarter second keeps a fleet of bots on one venue call. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMillis(250)));
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, 25);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        Book book = Book.fetch(session, input.category(), input.symbol(), input.limit());
        return ToolResult.of(new OrderBook(input.symbol(),
                BybitUnits.quoteCurrency(session.instruments(), input.category(), input.symbol()),
                BybitUnits.sizeUnit(input.category()), unified(book.bids()), unified(book.asks()), book.time(),
                VenueFields.of().put("category", input.category()).put("update_id", book.updateId())
                        .put("seq", book.seq()).build()), book.time());
    }

    /** The venue's book with its levels checked, best first on each side; shared with get_orderbook_imbalance. */
    record Book(String symbol, List<Level> bids, List<Level> asks, Instant time, Long updateId, Long seq) {
        static Book fetch(BybitSession session, BybitCategory category, String symbol, int limit) {
            Orderbook book = session.client().orderbook(category, symbol, limit).requireResult();
            Instant time = BybitParams.millis(book.ts());
            return new Book(book.s(), levels(book.b()), levels(book.a()), time, book.u(), book.seq());
        }
    }

    private static List<BookLevel> unified(List<Level> levels) {
        return levels.stream().map(l -> new BookLevel(l.price(), l.size())).toList();
    }

    static List<Level> levels(List<List<BigDecimal>> rows) {
        return rows.stream().map(row -> {
            if (row == null || row.size() < 2 || row.get(0) == null || row.get(1) == null) {
                throw ToolException.upstreamError("Bybit sent a malformed order book level");
            }
            return new Level(row.get(0), row.get(1));
        }).toList();
    }
}
