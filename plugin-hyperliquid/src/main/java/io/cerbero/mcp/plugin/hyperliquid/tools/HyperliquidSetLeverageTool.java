package io.cerbero.mcp.plugin.hyperliquid.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidActions;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidAssets.PerpAsset;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Set;

/**
 * {@code set_leverage}: an L1 {@code updateLeverage} action (whole number, cross or isolated). A leverage above
 * the gateway cap {@code HYPERLIQUID_MAX_LEVERAGE} is refused with POLICY_REJECTED before anything is read, signed
 * or sent; then it is checked against the perp's own maximum.
 */
public final class HyperliquidSetLeverageTool implements Tool<HyperliquidSession, HyperliquidSetLeverageTool.Input> {

    /** Margin mode of the position the leverage applies to. */
    public enum MarginMode {
        cross, isolated
    }

    public record Input(
            @Schema(description = "perp name", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "leverage, a whole number, at most HYPERLIQUID_MAX_LEVERAGE", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal leverage,
            @Schema(description = "cross (default) or isolated", example = "cross") MarginMode marginMode,
            @Schema(description = "return the signed request without sending it", example = "true") Boolean dryRun) {
        public Input {
            HyperliquidParams.symbol(symbol);
            Inputs.requirePositive(leverage, "leverage");
            if (leverage.stripTrailingZeros().scale() > 0) {
                throw ToolException.invalidInput("leverage must be a whole number on Hyperliquid, got "
                        + leverage.toPlainString());
            }
            marginMode = marginMode == null ? MarginMode.cross : marginMode;
            dryRun = dryRun != null && dryRun;
        }
    }

    /**
     * @param status   dry_run or set
     * @param request  dry run only: the exact signed request
     */
    public record Output(boolean dryRun, String status, String symbol, BigDecimal leverage, MarginMode marginMode,
                         @Schema(description = "the gateway cap") BigDecimal maxLeverage, DryRunRequest request) {
    }

    @Override
    public String name() {
        return "set_leverage";
    }

    @Override
    public String description() {
        return "Sets a Hyperliquid perp's leverage (cross or isolated). Refused above the gateway cap "
                + "HYPERLIQUID_MAX_LEVERAGE before anything is signed or sent.";
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
        return new Input("BTC", new BigDecimal("2"), MarginMode.cross, true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(HyperliquidSession session, Input input, ToolCall call) {
        BigDecimal cap = session.context().risk().maxLeverage();
        session.context().risk().requireLeverageWithinCap(input.leverage(), "set_leverage " + input.symbol());
        int leverage = input.leverage().intValueExact();
        PerpAsset asset = session.assets().require(input.symbol());
        if (asset.maxLeverage() != null && leverage > asset.maxLeverage()) {
            throw ToolException.invalidInput(input.symbol() + " allows at most " + asset.maxLeverage() + "x");
        }
        if (asset.onlyIsolated() && input.marginMode() == MarginMode.cross) {
            throw ToolException.invalidInput(input.symbol() + " trades isolated only: set margin_mode isolated");
        }
        BigDecimal shown = BigDecimal.valueOf(leverage);
        // under the session's order lock: a leverage change and an order never interleave
        return session.pipeline().serialised(() -> {
            UpstreamRequest request = session.signer().prepare(HyperliquidActions.updateLeverage(asset.index(),
                    input.marginMode() == MarginMode.cross, leverage));
            if (input.dryRun()) {
                return ToolResult.of(new Output(true, "dry_run", input.symbol(), shown, input.marginMode(), cap,
                        DryRunRequest.of(request, Set.of())));
            }
            session.pipeline().auditPrepared(call, name(), null, request);
            JsonNode response = session.client().exchange(request);
            HyperliquidOrderVenue.acknowledgement(response, request.endpoint());
            return ToolResult.of(new Output(false, "set", input.symbol(), shown, input.marginMode(), cap, null));
        });
    }
}
