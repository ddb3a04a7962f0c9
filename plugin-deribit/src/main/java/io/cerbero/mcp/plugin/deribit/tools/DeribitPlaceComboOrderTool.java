package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cerbero.mcp.core.model.OrderAck;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.core.trading.OrderIntent;
import io.cerbero.mcp.core.trading.OrderType;
import io.cerbero.mcp.core.trading.Side;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitAccountData;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderParams;
import io.cerbero.mcp.plugin.deribit.trading.DeribitOrderVenue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * {@code place_combo_order}: creates a combo of 2-4 legs ({@code private/create_combo}), then orders the combo id
 * through core's order pipeline ({@code private/buy} / {@code private/sell}). The leverage cap is checked
 * <b>before the combo is created</b>, valuing the order as the sum of its legs' notionals (no netting between legs,
 * an upper bound). The combo's rules are the coarsest of its legs'. Each write is sent once.
 *
 * <p>Dry run: the exact {@code create_combo} request, and the order request with {@value #PENDING_ID} where the
 * combo id goes (Deribit assigns it on creation).
 */
public final class DeribitPlaceComboOrderTool implements Tool<DeribitSession, DeribitPlaceComboOrderTool.Input> {
    /** Stands for the combo id in a dry run: Deribit assigns it when the combo is created. */
    public static final String PENDING_ID = "COMBO-ID-ASSIGNED-BY-DERIBIT";

    public record LegInput(
            @JsonAlias("instrument")
            @Schema(description = "a leg instrument (option or future) of the combo's currency",
                    example = "BTC-31JAN25-95000-C", requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "the leg's direction when the combo is bought", example = "buy",
                    requiredMode = Schema.RequiredMode.REQUIRED) Side side,
            @Schema(description = "leg amount per combo unit (default 1)", example = "1") BigDecimal ratio) {
        public LegInput {
            DeribitParams.symbol(symbol);
            Inputs.require(side, "side");
            ratio = ratio == null ? BigDecimal.ONE : Inputs.requirePositive(ratio, "ratio");
        }
    }

    public record Input(
            @Schema(description = "2-4 legs of one currency", requiredMode = Schema.RequiredMode.REQUIRED)
            List<LegInput> legs,
            @Schema(description = "buy or sell the combo", example = "buy", requiredMode = Schema.RequiredMode.REQUIRED)
            Side side,
            @Schema(description = "combo units (each leg trades qty × ratio)", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal qty,
            @Schema(description = "market or limit", example = "limit", requiredMode = Schema.RequiredMode.REQUIRED)
            OrderType type,
            @Schema(description = "combo limit price (net of the legs, in their price currency)", example = "0.02")
            BigDecimal price,
            @Schema(description = "your id for the combo order, sent as label (1-64 of A-Z a-z 0-9 - _)",
                    example = "bot1-spread-1") String clientOrderId,
            @Schema(description = "return the exact requests instead of sending them", example = "false")
            boolean dryRun) {
        public Input {
            Inputs.require(legs, "legs");
            if (legs.size() < 2 || legs.size() > 4 || legs.stream().anyMatch(Objects::isNull)) {
                throw ToolException.invalidInput("legs must hold 2-4 legs");
            }
            legs = List.copyOf(legs);
            if (legs.stream().map(l -> DeribitSymbol.parse(l.symbol()).listingCurrency()).distinct().count() > 1) {
                throw ToolException.invalidInput("every leg must belong to one currency");
            }
            if (legs.stream().map(LegInput::symbol).distinct().count() < legs.size()) {
                throw ToolException.invalidInput("a combo names each instrument once");
            }
            Inputs.require(side, "side");
            Inputs.require(type, "type");
            if (clientOrderId != null) {
                DeribitOrderVenue.LABELS.require(clientOrderId, "client_order_id");
            }
            OrderIntent.of(PENDING_ID, side, type, Inputs.requirePositive(qty, "qty"), price, false, false,
                    clientOrderId, dryRun);
        }

        OrderIntent intent(String comboId) {
            return OrderIntent.of(comboId, side, type, qty, price, false, false, clientOrderId, dryRun);
        }

        DeribitOrderParams params() {
            return new DeribitOrderParams(price, legs.stream()
                    .map(l -> new DeribitOrderParams.ComboLeg(l.symbol(), l.side(), l.ratio())).toList());
        }
    }

    public record ComboLeg(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
                           @Schema(description = "signed amount per combo unit: + bought, − sold") BigDecimal amount) {
    }

    public record Combo(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id, String state,
                        List<ComboLeg> legs) {
    }

    public record Output(@Schema(description = "the combo Deribit created (absent in a dry run)") Combo combo,
                         @Schema(description = "dry run only: the exact create_combo request")
                         DryRunRequest comboRequest,
                         @Schema(description = "the combo order, as place_order answers",
                                 requiredMode = Schema.RequiredMode.REQUIRED) OrderAck order) {
    }

    @Override
    public String name() {
        return "place_combo_order";
    }

    @Override
    public String description() {
        return "Create a Deribit combo of 2-4 legs, then order it through the leverage-checked pipeline (checked "
                + "before the combo is created); dry_run returns both requests.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public Input example() {
        return new Input(List.of(new LegInput("BTC-31JAN25-95000-C", Side.buy, BigDecimal.ONE),
                new LegInput("BTC-31JAN25-100000-C", Side.sell, BigDecimal.ONE)), Side.buy, BigDecimal.ONE,
                OrderType.limit, new BigDecimal("0.02"), "bot1-spread-1", true);
    }

    @Override
    public ToolResult handle(DeribitSession session, Input input, ToolCall call) {
        DeribitOrderParams params = input.params();
        // the cap first: nothing, not even the combo, is created for an order that would be refused
        session.pipeline().checkLeverage(session.pipeline().plan(input.intent(PENDING_ID), params), params);
        UpstreamRequest create = session.client().prepare(DeribitOrderVenue.CREATE_COMBO, trades(session, input));
        if (input.dryRun()) {
            OrderAck order = session.pipeline().place(call, input.intent(PENDING_ID), params);
            return ToolResult.of(new Output(null, DryRunRequest.of(create, session.orderVenue().secretHeaders()),
                    order));
        }
        DeribitAccountData.Combo combo = session.client().submit(create, DeribitAccountData.Combo.class).result();
        if (combo == null || combo.id() == null) {
            throw ToolException.upstreamError("Deribit created the combo without an id; nothing was ordered");
        }
        OrderAck order = session.pipeline().place(call, input.intent(combo.id()), params);
        return ToolResult.of(new Output(new Combo(combo.id(), combo.state(), combo.legs() == null ? List.of()
                : combo.legs().stream().map(l -> new ComboLeg(l.instrumentName(), l.amount())).toList()), null, order));
    }

    private static ObjectNode trades(DeribitSession session, Input input) {
        ObjectNode p = session.client().params();
        ArrayNode trades = p.putArray("trades");
        for (LegInput leg : input.legs()) {
            ObjectNode t = trades.addObject();
            t.put("instrument_name", leg.symbol());
            t.put("direction", leg.side().name());
            t.put("amount", leg.ratio().toPlainString());
        }
        return p;
    }
}
