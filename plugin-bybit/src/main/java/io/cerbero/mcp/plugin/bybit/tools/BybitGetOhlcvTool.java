package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.Ohlcv;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
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
import io.cerbero.mcp.plugin.bybit.unified.BybitUnits;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code get_ohlcv}: GET /v5/market/kline, returned oldest first as the unified {@link Ohlcv}. */
public final class BybitGetOhlcvTool implements Tool<BybitSession, BybitGetOhlcvTool.Input> {
    /** Bybit's kline intervals (minutes, or D / W / M) and the unified spelling of each. */
    static final Map<String, String> INTERVALS = orderedMap("1", "1m", "3", "3m", "5", "5m", "15", "15m", "30", "30m",
            "60", "1h", "120", "2h", "240", "4h", "360", "6h", "720", "12h", "D", "1d", "W", "1w", "M", "1M");

    public record Input(
            @Schema(description = "Bybit symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "linear (default), inverse or spot", example = "linear") BybitCategory category,
            @Schema(description = "candle length, unified (1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w 1M) or Bybit's own "
                    + "(minutes 1,3,5,15,30,60,120,240,360,720 or D, W, M); default 1h", example = "1h",
                    allowableValues = {"1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "12h", "1d", "1w", "1M",
                            "1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "W", "M"})
            String interval,
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

    /** One candle as Bybit sends it; {@code volume} in base coin (USD contracts for inverse), {@code turnover} in quote. */
    public record Candle(Instant start, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                         BigDecimal volume, BigDecimal turnover) {
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
    public Class<?> outputType() {
        return Ohlcv.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: the last candle is still forming; two seconds keeps it near live while a fleet shares one call. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(2)));
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, "1h", 200, null, null);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<KlineResult> answer = session.client().klines(input.category(), input.symbol(), input.interval(),
                input.start(), input.end(), input.limit());
        List<io.cerbero.mcp.core.model.Candle> candles = oldestFirst(answer.requireResult().candles()).stream()
                .map(c -> new io.cerbero.mcp.core.model.Candle(c.start(), c.open(), c.high(), c.low(), c.close(),
                        c.volume(), c.turnover()))
                .toList();
        return ToolResult.of(new Ohlcv(input.symbol(), INTERVALS.get(input.interval()),
                BybitUnits.quoteCurrency(session.instruments(), input.category(), input.symbol()),
                BybitUnits.sizeUnit(input.category()), candles), answer.timestamp());
    }

    /** Bybit's code for an interval given either way ("1h" and "60" are both "60"). */
    static String checkInterval(String interval) {
        String trimmed = interval == null ? "60" : interval.trim();
        for (Map.Entry<String, String> known : INTERVALS.entrySet()) {
            if (known.getValue().equals(trimmed)) {
                return known.getKey();
            }
        }
        String value = trimmed.toUpperCase(java.util.Locale.ROOT);
        if (!INTERVALS.containsKey(value)) {
            throw ToolException.invalidInput("interval must be one of 1m,3m,5m,15m,30m,1h,2h,4h,6h,12h,1d,1w,1M "
                    + "(or Bybit's 1,3,5,15,30,60,120,240,360,720,D,W,M)");
        }
        return value;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
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
