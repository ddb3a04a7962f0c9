package io.cerbero.mcp.plugin.hyperliquid.tools;

import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.model.Ohlcv;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.hyperliquid.HyperliquidSession;
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidMarketData;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_ohlcv}: {@code candleSnapshot} over the window of the last {@code limit} intervals up to now (or
 * {@code end}), oldest first. The venue serves only about the 5000 most recent candles of an interval.
 */
public final class HyperliquidGetOhlcvTool implements AsyncTool<HyperliquidSession, HyperliquidGetOhlcvTool.Input> {
    static final int MAX_LIMIT = 5000;

    public record Input(
            @Schema(description = "coin as the venue spells it", example = "BTC",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "candle length (default 1h)", example = "1h",
                    allowableValues = {"1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "8h", "12h", "1d", "3d",
                            "1w", "1M"}) String interval,
            @Schema(description = "candles, 1-5000 (default 200)", example = "200") Integer limit,
            @Schema(description = "end of the window, epoch ms (default now)") Long end) {
        public Input {
            HyperliquidParams.symbol(symbol);
            interval = HyperliquidInterval.parse(interval).wire();
            limit = Inputs.intInRange(limit, "limit", 1, MAX_LIMIT, 200);
            if (end != null && end <= 0) {
                throw ToolException.invalidInput("end must be a positive epoch ms time");
            }
        }
    }

    @Override
    public String name() {
        return "get_ohlcv";
    }

    @Override
    public String description() {
        return "OHLCV candles of a Hyperliquid coin, oldest first, volume in coin (the last candle may still be "
                + "forming).";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: the last candle is still forming; two seconds keeps it near live. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(2)));
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<?> outputType() {
        return Ohlcv.class;
    }

    @Override
    public Input example() {
        return new Input("BTC", "1h", 200, null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(HyperliquidSession session, Input input, ToolCall call) {
        HyperliquidInterval interval = HyperliquidInterval.parse(input.interval());
        long end = input.end() != null ? input.end() : session.clock().millis();
        long start = end - interval.length().toMillis() * input.limit();
        return session.client().candlesAsync(input.symbol(), interval.wire(), start, end)
                .thenApply(rows -> ToolResult.of(ohlcv(input.symbol(), input.interval(), rows, input.limit())));
    }

    static Ohlcv ohlcv(String symbol, String interval, List<HyperliquidMarketData.Candle> rows, int limit) {
        List<Candle> candles = rows.stream().sorted(Comparator.comparingLong(HyperliquidMarketData.Candle::openTime))
                .map(c -> new Candle(Instant.ofEpochMilli(c.openTime()), c.open(), c.high(), c.low(), c.close(),
                        c.volume(), null))
                .toList();
        if (candles.size() > limit) {
            candles = candles.subList(candles.size() - limit, candles.size());
        }
        return new Ohlcv(symbol, interval, "USDC", SizeUnit.base, candles);
    }
}
