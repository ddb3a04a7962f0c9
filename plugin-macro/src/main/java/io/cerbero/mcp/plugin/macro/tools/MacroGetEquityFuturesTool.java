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

/**
 * {@code get_equity_futures}: Finnhub quotes of the configured equity-index list
 * ({@code MACRO_EQUITY_FUTURES_SYMBOLS}): ETF proxies of the ES, NQ, YM and RTY futures by default, since Finnhub
 * quotes futures only on some plans.
 */
public final class MacroGetEquityFuturesTool implements AsyncTool<MacroSession, MacroGetEquityFuturesTool.Input> {

    public record Input(
            @ArraySchema(arraySchema = @Schema(description = "Finnhub symbols to quote instead of "
                    + "MACRO_EQUITY_FUTURES_SYMBOLS (1-20)"), schema = @Schema(example = "QQQ"))
            List<String> symbols) {
        public Input {
            symbols = MacroParams.symbols(symbols);
        }
    }

    @Override
    public String name() {
        return "get_equity_futures";
    }

    @Override
    public String description() {
        return "Finnhub quotes of the configured equity-index futures symbols (MACRO_EQUITY_FUTURES_SYMBOLS; by "
                + "default the ETF proxies SPY, QQQ, DIA, IWM for ES, NQ, YM, RTY) or of the symbols given; unknown "
                + "symbols are listed as missing.";
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
        return new Input(List.of("SPY", "QQQ", "DIA", "IWM"));
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(MacroSession session, Input input, ToolCall call) {
        return FinnhubQuoteBoard.quote(session, input.symbols(), session.config().equityFuturesSymbols());
    }
}
