package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Position;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code get_positions}: GET /v5/position/list (signed). */
public final class BybitGetPositionsTool implements Tool<BybitSession, BybitGetPositionsTool.Input> {

    public record Input(
            @Schema(description = "linear (default), inverse or option", example = "linear") BybitCategory category,
            @Schema(description = "one symbol", example = "BTCUSDT") String symbol,
            @Schema(description = "all positions settled in this coin; linear defaults to USDT when no symbol is given",
                    example = "USDT") String settleCoin) {
        public Input {
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse, BybitCategory.option);
            Inputs.optionalToken(symbol, "symbol", BybitParams.SYMBOL_MAX);
            Inputs.optionalToken(settleCoin, "settle_coin", 16);
        }
    }

    /** One position; {@code side} is buy, sell or flat, {@code size} unsigned. */
    public record Item(String symbol, String side, BigDecimal size, BigDecimal avgPrice, BigDecimal positionValue,
                       BigDecimal leverage, BigDecimal markPrice, BigDecimal liqPrice, BigDecimal unrealisedPnl,
                       BigDecimal cumRealisedPnl, BigDecimal takeProfit, BigDecimal stopLoss, Integer positionIdx,
                       Instant updatedTime) {
        static Item of(Position p) {
            String side = p.side() == null || p.side().isEmpty() ? "flat" : p.side().toLowerCase(Locale.ROOT);
            return new Item(p.symbol(), side, p.size(), p.avgPrice(), p.positionValue(), p.leverage(), p.markPrice(),
                    p.liqPrice(), p.unrealisedPnl(), p.cumRealisedPnl(), p.takeProfit(), p.stopLoss(), p.positionIdx(),
                    BybitParams.millis(p.updatedTime()));
        }
    }

    public record Output(BybitCategory category, List<Item> positions) {
    }

    @Override
    public String name() {
        return "get_positions";
    }

    @Override
    public String description() {
        return "Open Bybit positions of a category (one symbol, or all settled in a coin).";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input(BybitCategory.linear, "BTCUSDT", null);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        String settle = defaultSettleCoin(input.category(), input.symbol(), input.settleCoin());
        BybitEnvelope<BybitPage<Position>> answer = session.client().positions(input.category(), input.symbol(), settle);
        return ToolResult.of(new Output(input.category(), answer.requireResult().list().stream().map(Item::of).toList()),
                answer.timestamp());
    }

    /** Bybit needs a symbol or a settle coin for linear; default to USDT so "all my positions" just works. */
    static String defaultSettleCoin(BybitCategory category, String symbol, String settleCoin) {
        if (settleCoin == null && symbol == null && category == BybitCategory.linear) {
            return "USDT";
        }
        return settleCoin;
    }
}
