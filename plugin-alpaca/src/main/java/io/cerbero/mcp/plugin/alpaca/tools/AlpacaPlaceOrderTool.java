package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Account;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData.Position;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaAcks;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderParams;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderType;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderVenue;
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaTimeInForce;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.EnumSet;

/**
 * {@code place_order}: POST /v2/orders through core's order pipeline — qty rounded down to whole shares
 * (fractionable stocks: 9 decimals) or whole contracts, prices to the tick never to a worse price, a client order
 * id given or generated, the account-wide leverage cap ({@code ALPACA_MAX_LEVERAGE}) checked before anything is
 * sent, the order sent once and never retried. The answer carries the account's buying power and pattern day trader
 * state in venue_specific, with a warning when the order's value exceeds the buying power.
 */
public final class AlpacaPlaceOrderTool implements Tool<AlpacaSession, AlpacaPlaceOrderTool.Input> {

    public record Input(
            @Schema(description = "stock ticker or OCC option symbol", example = "AAPL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "buy or sell", example = "buy", requiredMode = Schema.RequiredMode.REQUIRED)
            Side side,
            @Schema(description = "shares (stocks; whole unless the asset is fractionable) or contracts of 100 shares "
                    + "(options); rounded down to the step", example = "10",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal qty,
            @Schema(description = "market, limit, stop, stop_limit or trailing_stop (options: market or limit)",
                    example = "limit", requiredMode = Schema.RequiredMode.REQUIRED) AlpacaOrderType type,
            @Schema(description = "limit price (limit, stop_limit), rounded to the tick never to a worse price: "
                    + "$0.01 at or above $1, $0.0001 below", example = "185.5") BigDecimal price,
            @Schema(description = "stop (trigger) price (stop, stop_limit), rounded like price", example = "180")
            BigDecimal stopPrice,
            @Schema(description = "trailing_stop: distance in USD from the high-water mark (this or trail_percent)",
                    example = "2.5") BigDecimal trailPrice,
            @Schema(description = "trailing_stop: distance in percent of the high-water mark (this or trail_price)",
                    example = "1.5") BigDecimal trailPercent,
            @Schema(description = "day (default), gtc, opg, cls, ioc or fok (options: day or gtc)", example = "day")
            AlpacaTimeInForce timeInForce,
            @Schema(description = "may fill in pre- and after-market sessions (limit orders with time_in_force "
                    + "day only; default false)", example = "false") Boolean extendedHours,
            @Schema(description = "only reduce a position: checked against the open position (opposite side, qty "
                    + "at most its size) and then not leverage-checked; default false", example = "false")
            Boolean reduceOnly,
            @Schema(description = "your id (1-128 of A-Z a-z 0-9 - _); generated when absent", example = "bot1-0001")
            String clientOrderId,
            @Schema(description = "validate, round and check policy, then return the request instead of sending it",
                    example = "true") Boolean dryRun) {
        public Input {
            symbol = AlpacaParams.symbol(symbol);
            Inputs.require(side, "side");
            Inputs.requirePositive(qty, "qty");
            Inputs.require(type, "type");
            Inputs.optionalPositive(price, "price");
            Inputs.optionalPositive(stopPrice, "stop_price");
            Inputs.optionalPositive(trailPrice, "trail_price");
            Inputs.optionalPositive(trailPercent, "trail_percent");
            timeInForce = timeInForce == null ? AlpacaTimeInForce.day : timeInForce;
            extendedHours = extendedHours != null && extendedHours;
            reduceOnly = reduceOnly != null && reduceOnly;
            dryRun = dryRun != null && dryRun;
            requireShape(type, price, stopPrice, trailPrice, trailPercent);
            if (extendedHours && (type != AlpacaOrderType.limit || timeInForce != AlpacaTimeInForce.day)) {
                throw ToolException.invalidInput("extended_hours needs a limit order with time_in_force day");
            }
            if (OccSymbol.isOption(symbol)) {
                if (type != AlpacaOrderType.market && type != AlpacaOrderType.limit) {
                    throw ToolException.invalidInput("options take market or limit orders only, got " + type);
                }
                if (!EnumSet.of(AlpacaTimeInForce.day, AlpacaTimeInForce.gtc).contains(timeInForce)) {
                    throw ToolException.invalidInput("options take time_in_force day or gtc, got " + timeInForce);
                }
                if (extendedHours) {
                    throw ToolException.invalidInput("options do not trade in extended hours");
                }
            }
            if (clientOrderId != null) {
                AlpacaOrderVenue.CLIENT_ORDER_IDS.require(clientOrderId, "client_order_id");
            }
        }

        OrderIntent intent() {
            return new OrderIntent(symbol, side, type.kind(), qty, price, stopPrice, reduceOnly, false,
                    clientOrderId, dryRun);
        }

        AlpacaOrderParams params() {
            return new AlpacaOrderParams(timeInForce, extendedHours, trailPrice, trailPercent,
                    price != null ? price : stopPrice);
        }
    }

    /** Which prices each type takes; everything else is refused so no field is silently ignored. */
    static void requireShape(AlpacaOrderType type, BigDecimal price, BigDecimal stopPrice, BigDecimal trailPrice,
                             BigDecimal trailPercent) {
        if (type.needsLimitPrice() != (price != null)) {
            throw ToolException.invalidInput(type.needsLimitPrice() ? "price is required for a " + type + " order"
                    : "price is only for limit and stop_limit orders; a " + type + " order takes none");
        }
        if (type.needsStopPrice() != (stopPrice != null)) {
            throw ToolException.invalidInput(type.needsStopPrice() ? "stop_price is required for a " + type
                    + " order" : "stop_price is only for stop and stop_limit orders");
        }
        boolean trailing = type == AlpacaOrderType.trailing_stop;
        if (trailing && (trailPrice == null) == (trailPercent == null)) {
            throw ToolException.invalidInput("a trailing_stop order takes exactly one of trail_price and "
                    + "trail_percent");
        }
        if (!trailing && (trailPrice != null || trailPercent != null)) {
            throw ToolException.invalidInput("trail_price and trail_percent are only for trailing_stop orders");
        }
        if (trailPercent != null && trailPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw ToolException.invalidInput("trail_percent must be below 100, got " + trailPercent.toPlainString());
        }
    }

    @Override
    public String name() {
        return "place_order";
    }

    @Override
    public String description() {
        return "Places an Alpaca stock or option order (market, limit, stop, stop_limit, trailing_stop) after "
                + "rounding and the gateway's account-wide leverage cap. Sent once, never retried; dry_run returns "
                + "the exact request instead.";
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
        return new Input("AAPL", Side.buy, new BigDecimal("10"), AlpacaOrderType.limit, new BigDecimal("185.5"), null,
                null, null, AlpacaTimeInForce.day, false, false, "bot1-0001", true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(AlpacaSession session, Input input, ToolCall call) {
        // the symbol first (cached for the pipeline), so an unknown one is INVALID_INPUT before any account read
        session.venue().rules(input.symbol(), input.params());
        if (input.reduceOnly()) {
            requireReduces(session, input);
        }
        Account account = session.client().account();
        OrderAck ack = session.pipeline().place(call, input.intent(), input.params());
        return ToolResult.of(AlpacaAcks.withVenueSpecific(ack, AlpacaAccountLimits.of(account, ack)));
    }

    /** Alpaca has no reduce-only flag: the gateway checks against the open position instead. */
    private static void requireReduces(AlpacaSession session, Input input) {
        Position position = session.client().position(input.symbol()).orElseThrow(() -> ToolException.invalidInput(
                "reduce_only: there is no open position in " + input.symbol() + " to reduce"));
        Side reducing = position.isShort() ? Side.buy : Side.sell;
        BigDecimal size = position.qty() == null ? BigDecimal.ZERO : position.qty().abs();
        if (input.side() != reducing || input.qty().compareTo(size) > 0) {
            throw ToolException.invalidInput("reduce_only: the position in " + input.symbol() + " is "
                            + (position.isShort() ? "short " : "long ") + size.toPlainString() + "; only a " + reducing
                            + " of at most that qty reduces it")
                    .withFix("use close_position, or send side " + reducing + " with qty <= " + size.toPlainString());
        }
    }
}
