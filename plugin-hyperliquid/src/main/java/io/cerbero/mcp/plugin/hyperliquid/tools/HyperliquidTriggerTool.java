package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.model.OrderKind;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.AssetPosition;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAccountData.Position;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidActions;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidCloids;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stop-loss or take-profit tied to the open position: a reduce-only trigger order on the closing side, grouped
 * {@code positionTpsl}, sized to the whole position unless {@code qty} says less. It fires as a market order
 * bounded by the slippage (or as a limit at {@code limit_price}). Reduce-only, so the leverage cap does not apply;
 * it still goes through core's order pipeline (rounding, cloid, dry run, audit).
 */
public abstract class HyperliquidTriggerTool implements Tool<HyperliquidSession, HyperliquidTriggerTool.Input> {

    public record Input(
            @Schema(description = "perp with an open position", example = "BTC",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "mark price that fires the order", example = "55000",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal triggerPrice,
            @Schema(description = "size in coin; default the whole position", example = "0.001") BigDecimal qty,
            @Schema(description = "limit price once fired; default a market order within slippage")
            BigDecimal limitPrice,
            @Schema(description = "bound of the market order once fired, a fraction of the trigger price "
                    + "(default HYPERLIQUID_MARKET_SLIPPAGE)", example = "0.05") BigDecimal slippage,
            @Schema(description = "cloid: 0x and 32 hex digits; generated when absent") String clientOrderId,
            @Schema(description = "return the signed request without sending it", example = "true") Boolean dryRun) {
        public Input {
            HyperliquidParams.symbol(symbol);
            Inputs.requirePositive(triggerPrice, "trigger_price");
            Inputs.optionalPositive(qty, "qty");
            Inputs.optionalPositive(limitPrice, "limit_price");
            if (slippage != null && (slippage.signum() <= 0
                    || slippage.compareTo(HyperliquidPlaceOrderTool.MAX_SLIPPAGE) > 0)) {
                throw ToolException.invalidInput("slippage must be above 0 and at most 0.5");
            }
            if (slippage != null && limitPrice != null) {
                throw ToolException.invalidInput("slippage is only for market triggers; a limit_price sets the bound");
            }
            if (clientOrderId != null) {
                clientOrderId = HyperliquidCloids.require(clientOrderId, "client_order_id");
            }
            dryRun = dryRun != null && dryRun;
        }
    }

    /** stop_market/stop_limit or take_profit_market/take_profit_limit. */
    abstract OrderKind kind(boolean limit);

    /** Whether the trigger sits above the current price for a position of this direction. */
    abstract boolean triggerAbovePrice(boolean longPosition);

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return OrderAck.class;
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(HyperliquidSession session, Input input, ToolCall call) {
        Position position = session.client().clearinghouseState(session.wallet()).assetPositions().stream()
                .map(AssetPosition::position).filter(Objects::nonNull)
                .filter(p -> input.symbol().equals(p.coin()) && p.szi() != null && p.szi().signum() != 0)
                .findFirst()
                .orElseThrow(() -> ToolException.invalidInput("no open " + input.symbol() + " position to protect")
                        .withFix("open a position first, or place a plain order with place_order"));
        BigDecimal size = position.szi().abs();
        BigDecimal qty = input.qty() == null ? size : input.qty();
        if (qty.compareTo(size) > 0) {
            throw ToolException.invalidInput("qty " + qty.toPlainString() + " is larger than the position "
                    + size.toPlainString());
        }
        boolean longPosition = position.szi().signum() > 0;
        requireTriggerOnTheRightSide(session, input, longPosition);
        Side closing = longPosition ? Side.sell : Side.buy;
        OrderIntent intent = new OrderIntent(input.symbol(), closing, kind(input.limitPrice() != null), qty,
                input.limitPrice(), input.triggerPrice(), true, false, input.clientOrderId(), input.dryRun());
        BigDecimal slippage = input.slippage() == null ? session.config().marketSlippage() : input.slippage();
        HyperliquidOrderParams params = new HyperliquidOrderParams(HyperliquidTif.Gtc, slippage,
                HyperliquidActions.GROUPING_POSITION_TPSL);
        return ToolResult.of(session.pipeline().place(call, intent, params));
    }

    /** A trigger already crossed would fire at once: refuse it rather than close the position by surprise. */
    private void requireTriggerOnTheRightSide(HyperliquidSession session, Input input, boolean longPosition) {
        BigDecimal mid = session.client().allMids().get(input.symbol());
        if (mid == null || mid.signum() <= 0) {
            return;
        }
        boolean above = triggerAbovePrice(longPosition);
        int side = input.triggerPrice().compareTo(mid);
        if (above ? side <= 0 : side >= 0) {
            throw ToolException.invalidInput(name() + " on a " + (longPosition ? "long" : "short") + " "
                            + input.symbol() + " position needs trigger_price " + (above ? "above" : "below")
                            + " the current price " + mid.toPlainString() + ", got "
                            + input.triggerPrice().toPlainString())
                    .withFix("a trigger already crossed would fire at once; close with place_order instead");
        }
    }
}
