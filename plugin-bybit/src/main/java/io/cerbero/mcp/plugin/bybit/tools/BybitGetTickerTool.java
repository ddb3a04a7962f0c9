package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Ticker;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** {@code get_ticker}: GET /v5/market/tickers for one symbol, without blocking (it runs on the host's I/O thread). */
public final class BybitGetTickerTool implements AsyncTool<BybitSession, BybitGetTickerTool.Input> {

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "product type (default linear)", example = "linear")
            BybitCategory category) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category);
        }
    }

    /**
     * The ticker. Derivative fields (mark, index, funding, open interest) are absent for spot; option fields (IVs as
     * fractions, greeks) only for options.
     */
    public record Output(String symbol, BybitCategory category, BigDecimal lastPrice, BigDecimal bid,
                         BigDecimal bidSize, BigDecimal ask, BigDecimal askSize, BigDecimal markPrice,
                         BigDecimal indexPrice,
                         @Schema(description = "24 h change as a fraction (0.0142 = 1.42 %)") BigDecimal change24h,
                         BigDecimal high24h, BigDecimal low24h, BigDecimal volume24h, BigDecimal turnover24h,
                         BigDecimal openInterest, BigDecimal openInterestValue,
                         @Schema(description = "current rate per funding interval") BigDecimal fundingRate,
                         Instant nextFundingTime, BigDecimal fundingIntervalHours, BigDecimal markIv,
                         BigDecimal bidIv, BigDecimal askIv, BigDecimal underlyingPrice, BigDecimal delta,
                         BigDecimal gamma, BigDecimal vega, BigDecimal theta) {
    }

    @Override
    public String name() {
        return "get_ticker";
    }

    @Override
    public String description() {
        return "Last price, best bid/ask, 24 h stats, and for derivatives mark/index price, funding and open interest "
                + "of one Bybit symbol.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(BybitSession session, Input input, ToolCall call) {
        return session.client().tickersAsync(input.category(), input.symbol(), null)
                .thenApply(answer -> result(input, answer));
    }

    private static ToolResult result(Input input, BybitEnvelope<BybitPage<Ticker>> answer) {
        Ticker t = answer.requireResult().list().stream().filter(r -> input.symbol().equals(r.symbol())).findFirst()
                .orElseThrow(() -> ToolException.invalidInput("Bybit has no " + input.category() + " ticker for '"
                        + input.symbol() + "'").withFix("check the symbol and category with get_instruments"));
        return ToolResult.of(new Output(t.symbol(), input.category(), t.lastPrice(), t.bid1Price(), t.bid1Size(),
                t.ask1Price(), t.ask1Size(), t.markPrice(), t.indexPrice(), t.price24hPcnt(), t.highPrice24h(),
                t.lowPrice24h(), t.volume24h(), t.turnover24h(), t.openInterest(), t.openInterestValue(),
                t.fundingRate(), BybitParams.millis(t.nextFundingTime()), t.fundingIntervalHour(), t.markIv(),
                t.bid1Iv(), t.ask1Iv(), t.underlyingPrice(), t.delta(), t.gamma(), t.vega(), t.theta()),
                answer.timestamp());
    }
}
