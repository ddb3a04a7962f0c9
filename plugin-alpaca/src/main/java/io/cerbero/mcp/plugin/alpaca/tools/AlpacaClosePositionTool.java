package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.AckStatus;
import io.cerbero.mcp.core.model.LeverageReport;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.core.trading.VenueAck;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaQuery;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Position;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * {@code close_position}: DELETE /v2/positions/{symbol} — all of it, {@code ?qty=} or {@code ?percentage=}; Alpaca
 * answers with the market order that closes it. The position is read first (it must exist, and qty may not exceed
 * it). Closing lowers exposure, so the leverage cap does not apply (reported as reduce_only). Sent once, never
 * retried; dry_run returns the request instead.
 */
public final class AlpacaClosePositionTool implements Tool<AlpacaSession, AlpacaClosePositionTool.Input> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Input(
            @Schema(description = "stock ticker or OCC option symbol of the open position", example = "AAPL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "close this many shares or contracts (this, percentage, or neither for all)",
                    example = "5") BigDecimal qty,
            @Schema(description = "close this percentage of the position, above 0 and at most 100", example = "50")
            BigDecimal percentage,
            @Schema(description = "return the request instead of sending it", example = "true") Boolean dryRun) {
        public Input {
            symbol = AlpacaParams.symbol(symbol);
            dryRun = dryRun != null && dryRun;
            if (qty != null && percentage != null) {
                throw ToolException.invalidInput("give qty or percentage, not both (neither closes all)");
            }
            if (qty != null && qty.signum() <= 0) {
                throw ToolException.invalidInput("qty must be greater than 0, got " + qty.toPlainString());
            }
            if (percentage != null && (percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0)) {
                throw ToolException.invalidInput("percentage must be above 0 and at most 100, got "
                        + percentage.toPlainString());
            }
        }
    }

    @Override
    public String name() {
        return "close_position";
    }

    @Override
    public String description() {
        return "Closes an Alpaca position with a market order: all of it, a qty, or a percentage.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return OrderAck.class;
    }

    @Override
    public Input example() {
        return new Input("AAPL", null, new BigDecimal("50"), true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(AlpacaSession session, Input input, ToolCall call) {
        Position position = session.client().position(input.symbol()).orElseThrow(() -> ToolException.invalidInput(
                "there is no open position in " + input.symbol() + " to close"));
        BigDecimal size = position.qty() == null ? BigDecimal.ZERO : position.qty().abs();
        if (input.qty() != null && input.qty().compareTo(size) > 0) {
            throw ToolException.invalidInput("qty " + input.qty().toPlainString() + " is more than the position of "
                    + size.toPlainString() + " in " + input.symbol()).withFix("leave qty out to close all of it");
        }
        BigDecimal qty = input.qty() != null ? input.qty()
                : input.percentage() != null ? null : size;
        String query = AlpacaQuery.of().add("qty", input.qty() == null ? null : input.qty().toPlainString())
                .add("percentage", input.percentage() == null ? null : input.percentage().toPlainString()).build();
        UpstreamRequest request = session.client().prepareClosePosition(input.symbol(), query);
        Side side = position.isShort() ? Side.buy : Side.sell;
        SizeUnit unit = OccSymbol.isOption(input.symbol()) ? SizeUnit.contracts : SizeUnit.base;
        LeverageReport leverage = LeverageReport.reduceOnly(session.context().risk().maxLeverage());
        DryRunRequest shown = DryRunRequest.of(request, session.venue().secretHeaders());
        if (input.dryRun()) {
            return ToolResult.of(new OrderAck(AckStatus.dry_run, true, input.symbol(), null, null, side,
                    OrderKind.market, qty, qty, unit, null, null, null, leverage, shown, null));
        }
        session.pipeline().auditPrepared(call, name(), null, request);
        VenueAck answer = session.venue().submit(request);
        BigDecimal sent = answer.order() != null && answer.order().qty() != null ? answer.order().qty() : qty;
        return ToolResult.of(new OrderAck(AckStatus.accepted, false, input.symbol(), answer.orderId(),
                answer.clientOrderId(), side, OrderKind.market, qty, sent, unit, null, null, answer.order(), leverage,
                null, null));
    }
}
