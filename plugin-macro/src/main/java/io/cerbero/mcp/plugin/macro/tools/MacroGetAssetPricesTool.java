package io.cerbero.mcp.plugin.macro.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.macro.MacroSession;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_asset_prices}: Finnhub quotes of the configured cross-asset list ({@code MACRO_ASSET_SYMBOLS}). */
public final class MacroGetAssetPricesTool implements AsyncTool<MacroSession, MacroGetAssetPricesTool.Input> {

    public record Input(
            @ArraySchema(arraySchema = @Schema(description = "Finnhub symbols to quote instead of "
                    + "MACRO_ASSET_SYMBOLS (1-20)"), schema = @Schema(example = "GLD"))
            List<String> symbols) {
        public Input {
            symbols = MacroParams.symbols(symbols);
        }
    }

    @Override
    public String name() {
        return "get_asset_prices";
    }

    @Override
    public String description() {
        return "Finnhub quotes (price, change, day range, previous close) of the configured cross-asset symbols "
                + "(MACRO_ASSET_SYMBOLS, ETFs by default) or of the symbols given; unknown symbols are listed as "
                + "missing.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: {@link FinnhubQuoteBoard#freshness()}. */
    @Override
    public Optional<Freshness> freshness() {
        return FinnhubQuoteBoard.freshness();
    }

    @Override
    public Class<?> outputType() {
        return FinnhubQuoteBoard.Output.class;
    }

    @Override
    public Input example() {
        return new Input(List.of("SPY", "GLD", "TLT"));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        return FinnhubQuoteBoard.quote(session, input.symbols(), session.config().assetSymbols());
    }
}
