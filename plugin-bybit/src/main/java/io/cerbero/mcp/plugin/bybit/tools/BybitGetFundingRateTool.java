package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.Tool;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.plugin.bybit.BybitSession;
import io.cerbero.mcp.plugin.bybit.client.BybitCategory;
import io.cerbero.mcp.plugin.bybit.client.BybitEnvelope;
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData.FundingRate;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code get_funding_rate}: GET /v5/market/funding/history, returned oldest first. */
public final class BybitGetFundingRateTool implements Tool<BybitSession, BybitGetFundingRateTool.Input> {

    public record Input(
            @Schema(description = "perpetual symbol", example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "linear (default) or inverse", example = "linear") BybitCategory category,
            @Schema(description = "fundings, 1-200, default 50", example = "50") Integer limit,
            @Schema(description = "from, epoch ms (needs end_time)") Long startTime,
            @Schema(description = "until, epoch ms") Long endTime) {
        public Input {
            BybitParams.symbol(symbol);
            category = BybitParams.category(category, BybitCategory.linear, BybitCategory.inverse);
            limit = Inputs.intInRange(limit, "limit", 1, 200, 50);
            if (startTime != null && endTime == null) {
                throw ToolException.invalidInput("start_time needs end_time (Bybit requires both or end_time alone)");
            }
            if (startTime != null && startTime > endTime) {
                throw ToolException.invalidInput("start_time must not be after end_time");
            }
        }
    }

    /** One settled funding: {@code rate} is per funding interval (usually 8 h). */
    public record Point(Instant time, BigDecimal rate) {
    }

    /** Fundings <b>oldest first</b>; {@code latest} is the most recent settled rate. */
    public record Output(String symbol, BybitCategory category, List<Point> history, Point latest) {
    }

    @Override
    public String name() {
        return "get_funding_rate";
    }

    @Override
    public String description() {
        return "Funding rate history of a Bybit perpetual, oldest first; rates are per funding interval.";
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, 50, null, null);
    }

    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<BybitPage<FundingRate>> answer = session.client().fundingHistory(input.category(),
                input.symbol(), input.startTime(), input.endTime(), input.limit());
        List<Point> history = new ArrayList<>();
        for (FundingRate row : answer.requireResult().list()) {
            history.add(new Point(BybitParams.millis(row.fundingRateTimestamp()), row.fundingRate()));
        }
        Collections.reverse(history);
        Point latest = history.isEmpty() ? null : history.get(history.size() - 1);
        return ToolResult.of(new Output(input.symbol(), input.category(), history, latest), answer.timestamp());
    }
}
