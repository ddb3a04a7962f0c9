package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.analytics.indicators.IndicatorReport;
import io.cerbero.mcp.core.model.TechnicalIndicators;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_technical_indicators}: core's {@link IndicatorReport} (SMA 20, EMA 20, RSI 14, MACD 12/26/9, ATR 14,
 * ADX 14, Bollinger 20 ± 2σ) over {@code get_ohlcv}'s candles: of the last closed candle, or of the forming one
 * with {@code include_forming} (Deribit's chart window up to now ends with the forming bar).
 */
public final class DeribitGetTechnicalIndicatorsTool
        implements AsyncTool<DeribitSession, DeribitGetTechnicalIndicatorsTool.Input> {
    /** 299 closed candles: above {@link IndicatorReport#SETTLED_BARS}, so the default answer is settled. */
    static final int DEFAULT_LIMIT = 300;

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = DeribitParams.SYMBOL_DOC, example = "BTC-PERPETUAL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "bar length: 1m, 3m, 5m, 10m, 15m, 30m, 1h, 2h, 3h, 6h, 12h, 1d (default 1h)",
                    example = "1h") String interval,
            @Schema(description = "candles fetched, 35-5000 (default 300, enough for settled values)", example = "300")
            Integer limit,
            @Schema(description = "compute on the still-forming last candle instead of the last closed one",
                    example = "false") boolean includeForming) {
        public Input {
            DeribitParams.symbol(symbol);
            interval = DeribitInterval.parse(interval == null ? "1h" : interval, "interval").label();
            limit = Inputs.intInRange(limit, "limit", IndicatorReport.MIN_BARS, DeribitGetOhlcvTool.MAX_BARS,
                    DEFAULT_LIMIT);
            if (!includeForming && limit == IndicatorReport.MIN_BARS) {
                throw ToolException.invalidInput("limit must be at least " + (IndicatorReport.MIN_BARS + 1)
                        + " without include_forming: the last candle is still forming and left out");
            }
        }
    }

    @Override
    public String name() {
        return "get_technical_indicators";
    }

    @Override
    public String description() {
        return "SMA20, EMA20, RSI14, MACD(12,26,9), ATR14, ADX14 and Bollinger(20,2) of the last closed candle of a "
                + "Deribit instrument (core analytics over get_ohlcv).";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: computed on the last closed candle, which changes once per interval. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(5)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return TechnicalIndicators.class;
    }

    @Override
    public Input example() {
        return new Input("BTC-PERPETUAL", "1h", DEFAULT_LIMIT, false);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return DeribitGetOhlcvTool.fetch(session, input.symbol(), DeribitInterval.parse(input.interval(), "interval"),
                input.limit(), null).thenApply(ohlcv -> ToolResult.of(IndicatorReport.of(input.symbol(),
                input.interval(), ohlcv.candles(), input.includeForming())));
    }
}
