package io.cerbero.mcp.testplugin;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** {@code submit_order}: checks the leverage cap, then POST /order unless dry run. */
final class EchoSubmitOrderTool implements Tool<EchoSession, EchoSubmitOrderTool.Input> {

    enum Side { buy, sell }

    record Input(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "BTC-PERP") String symbol,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Side side,
                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.01") BigDecimal qty,
                 @Schema(example = "2") BigDecimal leverage,
                 @Schema(description = "validate and return the request without sending it") boolean dryRun) {
        Input {
            Inputs.requireToken(symbol, "symbol", 32);
            Inputs.require(side, "side");
            Inputs.requirePositive(qty, "qty");
            leverage = leverage == null ? BigDecimal.ONE : leverage;
        }
    }

    record Output(String status, String request) {
    }

    @Override
    public String name() {
        return "submit_order";
    }

    @Override
    public String description() {
        return "Places an order on the echo venue.";
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
    public Input example() {
        return new Input("BTC-PERP", Side.buy, new BigDecimal("0.01"), new BigDecimal("2"), true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(EchoSession session, Input input, ToolCall call) {
        session.context().risk().requireLeverageWithinCap(input.leverage(), "submit_order " + input.symbol());
        String body = "{\"symbol\":\"" + input.symbol() + "\",\"side\":\"" + input.side() + "\",\"qty\":\""
                + input.qty().toPlainString() + "\"}";
        if (input.dryRun()) {
            return ToolResult.of(new Output("dry_run", body));
        }
        session.send(UpstreamRequest.postJson("/order", body));
        return ToolResult.of(new Output("accepted", body));
    }
}
