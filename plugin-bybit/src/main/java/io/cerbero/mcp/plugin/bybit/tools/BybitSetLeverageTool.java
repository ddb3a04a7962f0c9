package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.trading.DryRunRequest;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Instrument;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.LeverageFilter;
import io.cerbero.mcp.plugin.bybit.client.BybitPreparedRequest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * {@code set_leverage}: POST /v5/position/set-leverage (buy = sell leverage, one-way mode). A leverage above the
 * gateway cap is refused before any venue call; then it is checked against the instrument's leverage filter.
 * Setting the leverage it already has (venue 110043) is a success with {@code changed: false}.
 */
public final class BybitSetLeverageTool implements Tool<BybitSession, BybitSetLeverageTool.Input> {

    public record Input(
            @Schema(description = "derivative symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "linear (default) or inverse", example = "linear") BybitCategory category,
            @Schema(description = "leverage for both sides, at most BYBIT_MAX_LEVERAGE", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal leverage,
            @Schema(description = "return the signed request instead of sending it", example = "true")
            Boolean dryRun) {
        public Input {
            dryRun = dryRun != null && dryRun;
            BybitParams.symbol(symbol);
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse);
            Inputs.requirePositive(leverage, "leverage");
        }
    }

    /**
     * @param changed false when the venue already had this leverage (absent in a dry run)
     * @param request dry run only: the exact signed request, key and signature redacted
     */
    public record Output(boolean dryRun, String status, String symbol, BybitCategory category, BigDecimal leverage,
                         BigDecimal maxLeverage, Boolean changed, DryRunRequest request) {
    }

    @Override
    public String name() {
        return "set_leverage";
    }

    @Override
    public String description() {
        return "Sets a Bybit derivative's leverage (both sides). Refused above the gateway cap BYBIT_MAX_LEVERAGE "
                + "before any venue call.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, new BigDecimal("2"), true);
    }

    @Override
    public Effect effect() {
        return Effect.WRITE;
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BigDecimal cap = session.context().risk().maxLeverage();
        session.context().risk().requireLeverageWithinCap(input.leverage(), "set_leverage " + input.symbol());
        session.config().requireCredentials();
        checkFilter(session.instruments().get(input.category(), input.symbol()), input.leverage());
        BigDecimal leverage = input.leverage().stripTrailingZeros();
        BybitPreparedRequest prepared = session.client().prepareSetLeverage(input.category(), input.symbol(), leverage);
        if (input.dryRun()) {
            return ToolResult.of(new Output(true, "dry_run", input.symbol(), input.category(), leverage, cap, null,
                    prepared.redacted()));
        }
        boolean changed = session.client().setLeverage(prepared);
        return ToolResult.of(new Output(false, changed ? "set" : "unchanged", input.symbol(), input.category(), leverage,
                cap, changed, null));
    }

    private static void checkFilter(Instrument instrument, BigDecimal leverage) {
        LeverageFilter filter = instrument.leverageFilter();
        if (filter == null) {
            return;
        }
        // the venue may publish only one bound; a missing bound does not limit (and must not fail the message)
        BigDecimal min = filter.minLeverage();
        BigDecimal max = filter.maxLeverage();
        if ((min != null && leverage.compareTo(min) < 0) || (max != null && leverage.compareTo(max) > 0)) {
            throw ToolException.invalidInput("leverage " + leverage.toPlainString() + " is outside "
                    + instrument.symbol() + "'s range " + bound(min, "no minimum") + " to " + bound(max, "no maximum"));
        }
        BigDecimal step = filter.leverageStep();
        if (step != null && step.signum() > 0 && leverage.remainder(step).signum() != 0) {
            throw ToolException.invalidInput("leverage must be a multiple of " + step.stripTrailingZeros().toPlainString()
                    + " for " + instrument.symbol());
        }
    }

    private static String bound(BigDecimal value, String none) {
        return value == null ? none : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public Class<?> outputType() {
        return Output.class;
    }
}
