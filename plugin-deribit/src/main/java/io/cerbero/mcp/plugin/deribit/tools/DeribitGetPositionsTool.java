package io.cerbero.mcp.plugin.deribit.tools;

import io.cerbero.mcp.core.model.Position;
import io.cerbero.mcp.core.model.PositionSide;
import io.cerbero.mcp.core.model.Positions;
import io.cerbero.mcp.core.model.Unset;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_positions}: {@code private/get_positions}. {@code size} keeps Deribit's unit (USD for inverse
 * perpetuals and futures, the coin for options and linear instruments); {@code notional} and
 * {@code unrealized_pnl} are in the settlement currency (the coin for inverse instruments), which is where
 * Deribit books them.
 */
public final class DeribitGetPositionsTool implements AsyncTool<DeribitSession, DeribitGetPositionsTool.Input> {
    static final List<String> KINDS = List.of("future", "option", "spot", "future_combo", "option_combo");

    public record Input(
            @Schema(description = "currency account, or 'any' for all (default any)", example = "BTC")
            String currency,
            @Schema(description = "only this kind: future (includes perpetuals), option, spot, future_combo, "
                    + "option_combo", example = "future") String kind) {
        public Input {
            currency = "any".equals(currency) ? "any" : DeribitParams.currency(currency, "currency", "any");
            kind = DeribitParams.oneOf(kind, "kind", KINDS, null);
        }
    }

    @Override
    public String name() {
        return "get_positions";
    }

    @Override
    public String description() {
        return "Open Deribit positions: size in the instrument's unit (USD for inverse futures, coin for options), "
                + "notional and PnL in the settlement coin, greeks in venue_specific.";
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
        return new Input("BTC", null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return session.client().positions(input.currency(), input.kind()).thenApply(answer -> ToolResult.of(
                new Positions((answer.result() == null ? List.<DeribitAccountData.Position>of() : answer.result())
                        .stream().filter(p -> p.size() != null && p.size().signum() != 0)
                        .map(DeribitGetPositionsTool::unified).toList()), answer.timestamp()));
    }

    static Position unified(DeribitAccountData.Position p) {
        DeribitSymbol s = DeribitSymbol.parse(p.instrumentName());
        BigDecimal size = p.size().abs();
        BigDecimal notional = s.inverse() ? abs(p.sizeCurrency())
                : p.markPrice() == null ? null : size.multiply(p.markPrice());
        Map<String, Object> extra = new LinkedHashMap<>();
        DeribitParams.put(extra, "kind", p.kind());
        DeribitParams.put(extra, "size_currency", p.sizeCurrency());
        DeribitParams.put(extra, "index_price", p.indexPrice());
        DeribitParams.put(extra, "delta", p.delta());
        DeribitParams.put(extra, "gamma", p.gamma());
        DeribitParams.put(extra, "vega", p.vega());
        DeribitParams.put(extra, "theta", p.theta());
        DeribitParams.put(extra, "initial_margin", p.initialMargin());
        DeribitParams.put(extra, "maintenance_margin", p.maintenanceMargin());
        DeribitParams.put(extra, "realized_profit_loss", p.realizedProfitLoss());
        DeribitParams.put(extra, "total_profit_loss", p.totalProfitLoss());
        return new Position(p.instrumentName(), "sell".equals(p.direction()) ? PositionSide.short_ : PositionSide.long_,
                size, s.sizeUnit(), Unset.zeroAsNull(p.averagePrice()), p.markPrice(), notional, s.settlement(),
                p.floatingProfitLoss(), Unset.zeroAsNull(p.leverage()), Unset.zeroAsNull(p.estimatedLiquidationPrice()),
                extra);
    }

    private static BigDecimal abs(BigDecimal v) {
        return v == null ? null : v.abs();
    }
}
