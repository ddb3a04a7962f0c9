package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.Position;
import io.cerbero.mcp.core.model.PositionSide;
import io.cerbero.mcp.core.model.Positions;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.ClearinghouseState;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_positions}: open perp positions of the account from {@code clearinghouseState}. Sizes in coin,
 * signed on the venue ({@code szi}), shown as side + absolute size; the mark is {@code positionValue / |szi|}.
 */
public final class HyperliquidGetPositionsTool
        implements AsyncTool<HyperliquidSession, HyperliquidGetPositionsTool.Input> {

    public record Input(
            @Schema(description = "one perp only; default all", example = "BTC") String symbol) {
        public Input {
            if (symbol != null) {
                HyperliquidParams.symbol(symbol);
            }
        }
    }

    @Override
    public String name() {
        return "get_positions";
    }

    @Override
    public String description() {
        return "Open Hyperliquid perp positions: side, size in coin, entry and mark price, value, unrealised PnL, "
                + "leverage, liquidation price.";
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
        return new Input(null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        return session.client().clearinghouseStateAsync(session.wallet())
                .thenApply(state -> ToolResult.of(positions(state, input.symbol()),
                        HyperliquidParams.millis(state.time())));
    }

    static Positions positions(ClearinghouseState state, String symbol) {
        List<Position> out = state.assetPositions().stream().map(HyperliquidAccountData.AssetPosition::position)
                .filter(Objects::nonNull)
                .filter(p -> p.szi() != null && p.szi().signum() != 0)
                .filter(p -> symbol == null || symbol.equals(p.coin()))
                .map(HyperliquidGetPositionsTool::position).toList();
        return new Positions(out);
    }

    static Position position(HyperliquidAccountData.Position p) {
        BigDecimal size = p.szi().abs();
        BigDecimal value = p.positionValue() == null ? null : p.positionValue().abs();
        BigDecimal mark = value == null ? null : value.divide(size, MathContext.DECIMAL64).stripTrailingZeros();
        Map<String, Object> extra = new LinkedHashMap<>();
        if (p.leverage() != null) {
            extra.put("margin_mode", p.leverage().type());
        }
        extra.put("margin_used", p.marginUsed());
        extra.put("return_on_equity", p.returnOnEquity());
        extra.put("max_leverage", p.maxLeverage());
        extra.values().removeIf(Objects::isNull);
        return new Position(p.coin(), p.szi().signum() > 0 ? PositionSide.long_ : PositionSide.short_, size,
                SizeUnit.base, p.entryPx(), mark, value, "USDC", p.unrealizedPnl(),
                p.leverage() == null ? null : p.leverage().value(), p.liquidationPx(), extra);
    }
}
