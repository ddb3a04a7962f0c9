package io.cerbero.mcp.plugin.bybit.tools;

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
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.OpenInterest;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code get_open_interest}: GET /v5/market/open-interest, returned oldest first. */
public final class BybitGetOpenInterestTool implements Tool<BybitSession, BybitGetOpenInterestTool.Input> {
    static final Set<String> INTERVALS = Set.of("5min", "15min", "30min", "1h", "4h", "1d");

    public record Input(
            @Schema(description = "derivative symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "linear (default) or inverse", example = "linear") BybitCategory category,
            @Schema(description = "sampling interval (default 1h)", example = "1h",
                    allowableValues = {"5min", "15min", "30min", "1h", "4h", "1d"}) String interval,
            @Schema(description = "points, 1-200, default 50", example = "50") Integer limit) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse);
            interval = interval == null ? "1h" : interval;
            if (!INTERVALS.contains(interval)) {
                throw ToolException.invalidInput("interval must be one of 5min, 15min, 30min, 1h, 4h, 1d");
            }
            limit = Inputs.intInRange(limit, "limit", 1, 200, 50);
        }
    }

    public record Point(Instant time, BigDecimal openInterest) {
    }

    /**
     * Open interest <b>oldest first</b>; {@code unit} says what the numbers count.
     *
     * @param unit "base_coin" for linear, "contracts_usd" for inverse
     */
    public record Output(String symbol, BybitCategory category, String interval, String unit, List<Point> history) {
    }

    @Override
    public String name() {
        return "get_open_interest";
    }

    @Override
    public String description() {
        return "Open interest history of a Bybit perpetual or future, oldest first (base coin for linear, USD "
                + "contracts for inverse).";
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
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: Bybit samples open interest every 5 minutes at best. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(30)));
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, "1h", 50);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<BybitPage<OpenInterest>> answer = session.client().openInterest(input.category(),
                input.symbol(), input.interval(), input.limit());
        List<Point> history = new ArrayList<>();
        for (OpenInterest row : answer.requireResult().list()) {
            history.add(new Point(BybitParams.millis(row.timestamp()), row.openInterest()));
        }
        Collections.reverse(history);
        String unit = input.category() == BybitCategory.inverse ? "contracts_usd" : "base_coin";
        return ToolResult.of(new Output(input.symbol(), input.category(), input.interval(), unit, history),
                answer.timestamp());
    }
}
