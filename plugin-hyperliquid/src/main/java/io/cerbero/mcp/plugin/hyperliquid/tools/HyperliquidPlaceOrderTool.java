package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidActions;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidCloids;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * {@code place_order}: one perp order through core's order pipeline (rounding to szDecimals and 5 significant
 * figures, the account-wide leverage cap, dry run, audit), signed as an L1 {@code order} action and sent once.
 * A market order is an IOC limit at mid ± slippage.
 */
public final class HyperliquidPlaceOrderTool implements Tool<HyperliquidSession, HyperliquidPlaceOrderTool.Input> {
    /** A market order bounded looser than this is refused as a likely mistake. */
    static final BigDecimal MAX_SLIPPAGE = new BigDecimal("0.5");

    public record Input(
            @Schema(description = "perp name (case-sensitive)", example = "BTC",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "buy or sell", example = "buy", requiredMode = Schema.RequiredMode.REQUIRED)
            Side side,
            @Schema(description = "size in coin, rounded down to the perp's szDecimals", example = "0.001",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal qty,
            @Schema(description = "market (IOC at mid ± slippage) or limit", example = "limit",
                    requiredMode = Schema.RequiredMode.REQUIRED) OrderType type,
            @Schema(description = "limit price in USD; rounded to 5 significant figures and 6 - szDecimals "
                    + "decimals, never to a worse price", example = "60000") BigDecimal price,
            @Schema(description = "only reduce the position", example = "false") Boolean reduceOnly,
            @Schema(description = "maker only (time in force Alo)", example = "false") Boolean postOnly,
            @Schema(description = "limit orders: Gtc (default), Ioc or Alo", example = "Gtc")
            HyperliquidTif timeInForce,
            @Schema(description = "market orders: price bound as a fraction of the mid (default "
                    + "HYPERLIQUID_MARKET_SLIPPAGE, 0.05)", example = "0.05") BigDecimal slippage,
            @Schema(description = "cloid: 0x and 32 hex digits; generated when absent",
                    example = "0x00000000000000000000000000000001") String clientOrderId,
            @Schema(description = "validate, round, check the cap and return the signed request without sending it",
                    example = "true") Boolean dryRun) {
        public Input {
            HyperliquidParams.symbol(symbol);
            Inputs.require(side, "side");
            Inputs.requirePositive(qty, "qty");
            Inputs.require(type, "type");
            Inputs.optionalPositive(price, "price");
            reduceOnly = reduceOnly != null && reduceOnly;
            postOnly = postOnly != null && postOnly;
            dryRun = dryRun != null && dryRun;
            if (timeInForce != null && type != OrderType.limit) {
                throw ToolException.invalidInput("time_in_force is only for limit orders; market orders are Ioc");
            }
            if (postOnly && timeInForce != null && timeInForce != HyperliquidTif.Alo) {
                throw ToolException.invalidInput("post_only means time_in_force Alo, not " + timeInForce);
            }
            if (slippage != null && (slippage.signum() <= 0 || slippage.compareTo(MAX_SLIPPAGE) > 0)) {
                throw ToolException.invalidInput("slippage must be above 0 and at most 0.5");
            }
            if (slippage != null && type != OrderType.market) {
                throw ToolException.invalidInput("slippage is only for market orders");
            }
            if (clientOrderId != null) {
                clientOrderId = HyperliquidCloids.require(clientOrderId, "client_order_id");
            }
            intent(symbol, side, qty, type, price, reduceOnly, postOnly, clientOrderId, dryRun);
        }

        OrderIntent intent() {
            return intent(symbol, side, qty, type, price, reduceOnly, postOnly, clientOrderId, dryRun);
        }

        private static OrderIntent intent(String symbol, Side side, BigDecimal qty, OrderType type, BigDecimal price,
                                          boolean reduceOnly, boolean postOnly, String clientOrderId,
                                          boolean dryRun) {
            return OrderIntent.of(symbol, side, type, qty, price, reduceOnly, postOnly, clientOrderId, dryRun);
        }
    }

    @Override
    public String name() {
        return "place_order";
    }

    @Override
    public String description() {
        return "Places a Hyperliquid perp order (limit Gtc/Ioc/Alo, or market as an IOC limit within a slippage "
                + "bound). Refused above the account-wide cap HYPERLIQUID_MAX_LEVERAGE before anything is signed.";
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
        return new Input("BTC", Side.buy, new BigDecimal("0.001"), OrderType.limit, new BigDecimal("60000"), false,
                false, HyperliquidTif.Gtc, null, null, true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(HyperliquidSession session, Input input, ToolCall call) {
        HyperliquidTif tif = input.timeInForce() == null ? HyperliquidTif.Gtc : input.timeInForce();
        BigDecimal slippage = input.slippage() == null ? session.config().marketSlippage() : input.slippage();
        HyperliquidOrderParams params = new HyperliquidOrderParams(tif, slippage, HyperliquidActions.GROUPING_NONE);
        return ToolResult.of(session.pipeline().place(call, input.intent(), params));
    }
}
