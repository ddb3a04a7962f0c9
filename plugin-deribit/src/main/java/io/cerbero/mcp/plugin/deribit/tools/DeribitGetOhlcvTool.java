package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.Candle;
import io.cerbero.mcp.core.model.Ohlcv;
import io.cerbero.mcp.core.model.SizeUnit;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.deribit.DeribitErrors;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.ChartData;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_ohlcv}: {@code public/get_tradingview_chart_data} (column arrays) as unified candles, oldest first. The
 * window is the last {@code limit} bars up to the gateway clock, or {@code end} when given. {@code volume} is in
 * the coin for every instrument, {@code quote_volume} is Deribit's {@code cost}.
 */
public final class DeribitGetOhlcvTool implements AsyncTool<DeribitSession, DeribitGetOhlcvTool.Input> {
    static final int MAX_BARS = 5000;

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = DeribitParams.SYMBOL_DOC, example = "BTC-PERPETUAL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "bar length: 1m, 3m, 5m, 10m, 15m, 30m, 1h, 2h, 3h, 6h, 12h, 1d (default 1h)",
                    example = "1h") String interval,
            @Schema(description = "bars, 1-5000 (default 100)", example = "100") Integer limit,
            @Schema(description = "end of the window, epoch ms (default: now)", example = "1735812000000") Long end) {
        public Input {
            DeribitParams.symbol(symbol);
            interval = DeribitInterval.parse(interval == null ? "1h" : interval, "interval").label();
            limit = Inputs.intInRange(limit, "limit", 1, MAX_BARS, 100);
            if (end != null && end <= 0) {
                throw io.cerbero.mcp.core.spi.ToolException.invalidInput("end must be epoch milliseconds > 0");
            }
        }

        DeribitInterval bar() {
            return DeribitInterval.parse(interval, "interval");
        }
    }

    @Override
    public String name() {
        return "get_ohlcv";
    }

    @Override
    public String description() {
        return "OHLCV candles of one Deribit instrument, oldest first; volume in the coin, quote_volume in the quote "
                + "currency. The last bar may still be forming.";
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
        return new Input("BTC-PERPETUAL", "1h", 100, null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        return fetch(session, input.symbol(), input.bar(), input.limit(), input.end())
                .thenApply(ohlcv -> ToolResult.of(ohlcv, ohlcv.candles().isEmpty() ? null
                        : ohlcv.candles().get(ohlcv.candles().size() - 1).openTime()));
    }

    /** The last {@code limit} bars up to {@code end} (default now); shared with the indicator and vol tools. */
    static CompletableFuture<Ohlcv> fetch(DeribitSession session, String symbol, DeribitInterval bar, int limit,
                                          Long end) {
        long endMs = end != null ? end : session.clock().millis();
        long startMs = endMs - bar.length().toMillis() * limit;
        return session.client().chart(symbol, startMs, endMs, bar.resolution()).thenApply(answer -> {
            List<Candle> candles = candles(answer.result(), symbol);
            if (candles.size() > limit) {
                candles = candles.subList(candles.size() - limit, candles.size());
            }
            return new Ohlcv(symbol, bar.label(), DeribitSymbol.parse(symbol).quote(), SizeUnit.base,
                    List.copyOf(candles));
        });
    }

    static List<Candle> candles(ChartData c, String symbol) {
        if (c == null || "no_data".equals(c.status()) || c.ticks() == null) {
            return List.of();
        }
        int n = c.ticks().size();
        if (size(c.open()) != n || size(c.high()) != n || size(c.low()) != n || size(c.close()) != n) {
            throw DeribitErrors.unexpectedResult("/public/get_tradingview_chart_data",
                    "columns of different lengths for " + symbol);
        }
        List<Candle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Candle(Instant.ofEpochMilli(c.ticks().get(i)), c.open().get(i), c.high().get(i),
                    c.low().get(i), c.close().get(i), at(c.volume(), i), at(c.cost(), i)));
        }
        out.sort(java.util.Comparator.comparing(Candle::openTime));
        return out;
    }

    private static int size(List<?> list) {
        return list == null ? -1 : list.size();
    }

    private static <T> T at(List<T> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }
}
