package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.Kline;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.KlineResult;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** {@code get_ohlcv}: GET /v5/market/kline, returned oldest first. */
public final class BybitGetOhlcvTool implements Tool<BybitSession, BybitGetOhlcvTool.Input> {
    /** Bybit's kline intervals: minutes, or D / W / M. */
    static final Set<String> INTERVALS = Set.of("1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "W", "M");

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "linear (default), inverse or spot", example = "linear") BybitCategory category,
            @Schema(description = "candle length: minutes 1,3,5,15,30,60,120,240,360,720 or D, W, M (default 60)",
                    example = "60", allowableValues = {"1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D",
                    "W", "M"}) String interval,
            @Schema(description = "candles, 1-1000, default 200", example = "200") Integer limit,
            @Schema(description = "earliest candle start, epoch ms") Long start,
            @Schema(description = "latest candle start, epoch ms") Long end) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse, BybitCategory.spot);
            interval = checkInterval(interval);
            limit = Inputs.intInRange(limit, "limit", 1, 1000, 200);
            if (start != null && end != null && start > end) {
                throw ToolException.invalidInput("start must not be after end");
            }
        }
    }

    /** One candle; {@code volume} in base coin (contracts for inverse), {@code turnover} in quote. */
    public record Candle(Instant start, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                         BigDecimal volume, BigDecimal turnover) {
    }

    /** Candles <b>oldest first</b> (Bybit sends newest first; this tool reverses them). The last may still be open. */
    public record Output(String symbol, BybitCategory category, String interval, List<Candle> candles) {
    }

    @Override
    public String name() {
        return "get_ohlcv";
    }

    @Override
    public String description() {
        return "OHLCV candles of a Bybit symbol, oldest first (the last candle may still be forming).";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, "60", 200, null, null);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<KlineResult> answer = session.client().klines(input.category(), input.symbol(), input.interval(),
                input.start(), input.end(), input.limit());
        List<Candle> candles = oldestFirst(answer.requireResult().candles());
        return ToolResult.of(new Output(input.symbol(), input.category(), input.interval(), candles), answer.timestamp());
    }

    static String checkInterval(String interval) {
        String value = interval == null ? "60" : interval.trim().toUpperCase(java.util.Locale.ROOT);
        if (!INTERVALS.contains(value)) {
            throw ToolException.invalidInput("interval must be one of 1,3,5,15,30,60,120,240,360,720,D,W,M");
        }
        return value;
    }

    static List<Candle> oldestFirst(List<Kline> newestFirst) {
        List<Candle> out = new ArrayList<>(newestFirst.size());
        for (Kline k : newestFirst) {
            out.add(new Candle(Instant.ofEpochMilli(k.startTime()), k.open(), k.high(), k.low(), k.close(), k.volume(),
                    k.turnover()));
        }
        Collections.reverse(out);
        return out;
    }
}
