package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.OpenOrders;
import io.cerbero.mcp.core.model.Order;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrders;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_open_orders}: {@code private/get_open_orders_by_currency}, newest first, optionally of one instrument;
 * {@code client_order_id} is Deribit's {@code label}. Untriggered stop orders are listed as {@code open}.
 */
public final class DeribitGetOpenOrdersTool implements AsyncTool<DeribitSession, DeribitGetOpenOrdersTool.Input> {

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = "only this instrument (its currency is then implied); 'instrument' is accepted as "
                    + "an alias", example = "BTC-PERPETUAL") String symbol,
            @Schema(description = "currency account: BTC, ETH, USDC … (default: the symbol's, else BTC)",
                    example = "BTC") String currency,
            @Schema(description = "only this kind: future, option, spot, future_combo, option_combo",
                    example = "future") String kind) {
        public Input {
            if (symbol != null) {
                DeribitParams.symbol(symbol);
            }
            currency = DeribitParams.currency(currency, "currency",
                    symbol == null ? "BTC" : DeribitSymbol.parse(symbol).listingCurrency());
            kind = DeribitParams.oneOf(kind, "kind", DeribitGetPositionsTool.KINDS, null);
        }
    }

    @Override
    public String name() {
        return "get_open_orders";
    }

    @Override
    public String description() {
        return "Resting and untriggered orders of a Deribit currency account (or one instrument), newest first; "
                + "client_order_id is the order's label.";
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
        return OpenOrders.class;
    }

    @Override
    public Input example() {
        return new Input("BTC-PERPETUAL", "BTC", null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return session.client().openOrders(input.currency(), input.kind()).thenApply(answer -> {
            List<Order> orders = (answer.result() == null ? List.<DeribitAccountData.Order>of() : answer.result())
                    .stream().filter(o -> input.symbol() == null || input.symbol().equals(o.instrumentName()))
                    .map(DeribitOrders::unified)
                    .sorted(Comparator.comparing(Order::createdTime, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
            return ToolResult.of(new OpenOrders(orders), answer.timestamp());
        });
    }
}
