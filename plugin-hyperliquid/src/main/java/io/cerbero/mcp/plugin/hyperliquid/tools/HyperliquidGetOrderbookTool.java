package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.BookLevel;
import io.cerbero.mcp.core.model.OrderBook;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData.Level;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_orderbook}: {@code l2Book}, at most 20 levels a side, optionally aggregated to fewer figures. */
public final class HyperliquidGetOrderbookTool
        implements AsyncTool<HyperliquidSession, HyperliquidGetOrderbookTool.Input> {
    static final int MAX_LEVELS = 20;

    public record Input(
            @Schema(description = "coin as the venue spells it: a perp (BTC) or a spot pair (@107, PURR/USDC)",
                    example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "levels per side, 1-20 (default 20)", example = "20") Integer depth,
            @Schema(description = "aggregate prices to this many significant figures, 2-5 (default: full "
                    + "precision)", example = "5") Integer nSigFigs) {
        public Input {
            HyperliquidParams.symbol(symbol);
            depth = Inputs.intInRange(depth, "depth", 1, MAX_LEVELS, MAX_LEVELS);
            if (nSigFigs != null) {
                Inputs.intInRange(nSigFigs, "n_sig_figs", 2, 5, 5);
            }
        }
    }

    @Override
    public String name() {
        return "get_orderbook";
    }

    @Override
    public String description() {
        return "Order book of a Hyperliquid coin: up to 20 price levels a side, best first, sizes in coin.";
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
        return new Input("BTC", 20, null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        return session.client().l2BookAsync(input.symbol(), input.nSigFigs()).thenApply(book -> {
            if (book == null || book.levels() == null || book.levels().size() != 2) {
                throw ToolException.invalidInput("Hyperliquid has no order book for '" + input.symbol() + "'")
                        .withFix("names are case-sensitive (BTC, kPEPE, @107); list perps with get_instruments")
                        .withDetail("reason", "unknown_instrument"); // remembered a few seconds by the host cache
            }
            OrderBook out = new OrderBook(book.coin(), "USDC", SizeUnit.base,
                    levels(book.levels().get(0), input.depth()), levels(book.levels().get(1), input.depth()),
                    HyperliquidParams.millis(book.time()), input.nSigFigs() == null ? null
                    : Map.of("n_sig_figs", input.nSigFigs()));
            return ToolResult.of(out, out.timestamp());
        });
    }

    private static List<BookLevel> levels(List<Level> side, int depth) {
        return side.stream().limit(depth).map(l -> new BookLevel(l.px(), l.sz())).toList();
    }
}
