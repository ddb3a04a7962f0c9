package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.Position;
import io.cerbero.mcp.core.model.PositionSide;
import io.cerbero.mcp.core.model.Positions;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_positions}: GET /v2/positions in the unified shape. Stocks count shares, options contracts (of 100
 * shares); the notional is Alpaca's {@code market_value} made absolute. No leverage or liquidation price: Alpaca
 * margins the account, not the position.
 */
public final class AlpacaGetPositionsTool implements AsyncTool<AlpacaSession, AlpacaGetPositionsTool.Input> {

    /** No parameters. */
    public record Input() {
    }

    @Override
    public String name() {
        return "get_positions";
    }

    @Override
    public String description() {
        return "Open stock and option positions of the Alpaca account: size, entry, current price, value and PnL.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Positions.class;
    }

    @Override
    public Input example() {
        return new Input();
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(AlpacaSession session, Input input, ToolCall call) {
        return session.client().positionsAsync().thenApply(rows -> ToolResult.of(new Positions(rows.stream()
                .filter(p -> p.symbol() != null && p.qty() != null && p.qty().signum() != 0)
                .map(AlpacaGetPositionsTool::toPosition).toList())));
    }

    static Position toPosition(AlpacaTradingData.Position p) {
        Map<String, Object> extra = new LinkedHashMap<>();
        put(extra, "asset_class", p.assetClass());
        put(extra, "exchange", p.exchange());
        put(extra, "qty_available", p.qtyAvailable());
        put(extra, "cost_basis", p.costBasis());
        put(extra, "unrealized_plpc", p.unrealizedPlpc());
        put(extra, "unrealized_intraday_pl", p.unrealizedIntradayPl());
        put(extra, "lastday_price", p.lastdayPrice());
        put(extra, "change_today", p.changeToday());
        BigDecimal notional = p.marketValue() == null ? null : p.marketValue().abs();
        SizeUnit unit = OccSymbol.isOption(p.symbol()) ? SizeUnit.contracts : SizeUnit.base;
        return new Position(p.symbol(), p.isShort() ? PositionSide.short_ : PositionSide.long_, p.qty().abs(), unit,
                p.avgEntryPrice(), p.currentPrice(), notional, "USD", p.unrealizedPl(), null, null, extra);
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
