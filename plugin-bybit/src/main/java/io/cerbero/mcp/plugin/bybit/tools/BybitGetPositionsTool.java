package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.PositionSide;
import io.cerbero.mcp.core.model.Positions;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitAccountData.Position;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.cerbero.mcp.plugin.bybit.unified.BybitUnits;
import io.cerbero.mcp.plugin.bybit.unified.VenueFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** {@code get_positions}: GET /v5/position/list (signed), open positions only, as the unified {@link Positions}. */
public final class BybitGetPositionsTool implements Tool<BybitSession, BybitGetPositionsTool.Input> {
    /** Decimals of an inverse position's value in coin. */
    static final int COIN_DECIMALS = 8;

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
    public Class<?> outputType() {
        return Positions.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    @Override
    public Input example() {
        return new Input(BybitCategory.linear, "BTCUSDT", null);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        String settle = defaultSettleCoin(input.category(), input.symbol(), input.settleCoin());
        BybitEnvelope<BybitPage<Position>> answer = session.client().positions(input.category(), input.symbol(), settle);
        List<io.cerbero.mcp.core.model.Position> open = answer.requireResult().list().stream()
                .filter(p -> p.signedSize().signum() != 0)
                .map(p -> unified(session, input.category(), p)).toList();
        return ToolResult.of(new Positions(open), answer.timestamp());
    }

    /**
     * One open position. Placeholders become null: {@code avgPrice "0"}, {@code liqPrice ""}, {@code takeProfit} /
     * {@code stopLoss} / {@code trailingStop} {@code "0.00"} or {@code ""}, {@code leverage ""} (options). The notional
     * is size × mark in the settle coin; for inverse (size in USD) it is size / mark in the coin, which is also the
     * coin its PnL is in.
     */
    static io.cerbero.mcp.core.model.Position unified(BybitSession session, BybitCategory category, Position p) {
        BigDecimal size = p.size().abs();
        BigDecimal mark = Unset.zeroAsNull(p.markPrice());
        BigDecimal notional;
        if (category == BybitCategory.inverse) {
            notional = mark == null ? Unset.zeroAsNull(p.positionValue())
                    : size.divide(mark, COIN_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        } else {
            notional = mark == null ? Unset.zeroAsNull(p.positionValue()) : size.multiply(mark);
        }
        return new io.cerbero.mcp.core.model.Position(p.symbol(),
                p.signedSize().signum() > 0 ? PositionSide.long_ : PositionSide.short_, size,
                BybitUnits.sizeUnit(category), Unset.zeroAsNull(p.avgPrice()), mark, notional,
                BybitUnits.settleCurrency(session.instruments(), category, p.symbol()), p.unrealisedPnl(),
                Unset.zeroAsNull(p.leverage()), Unset.zeroAsNull(p.liqPrice()),
                VenueFields.of().put("category", category).put("position_idx", p.positionIdx())
                        .put("trade_mode", p.tradeMode()).put("position_status", p.positionStatus())
                        .put("position_value", Unset.zeroAsNull(p.positionValue()))
                        .put("cum_realised_pnl", p.cumRealisedPnl())
                        .put("take_profit", Unset.zeroAsNull(p.takeProfit()))
                        .put("stop_loss", Unset.zeroAsNull(p.stopLoss()))
                        .put("trailing_stop", Unset.zeroAsNull(p.trailingStop()))
                        .put("created_time", Unset.epochMillis(p.createdTime()))
                        .put("updated_time", Unset.epochMillis(p.updatedTime()))
                        .build());
    }

    /** Bybit needs a symbol or a settle coin for linear; default to USDT so "all my positions" just works. */
    static String defaultSettleCoin(BybitCategory category, String symbol, String settleCoin) {
        if (settleCoin == null && symbol == null && category == BybitCategory.linear) {
            return "USDT";
        }
        return settleCoin;
    }
}
