package io.cerbero.mcp.plugin.bybit.tools;

import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.model.FundingRates;
import io.cerbero.mcp.core.model.Unset;
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
import io.cerbero.mcp.plugin.bybit.client.BybitMarketData;
import io.cerbero.mcp.plugin.bybit.client.BybitPage;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code get_funding_rate}: GET /v5/market/funding/history (returned oldest first) and the ticker's running rate, as
 * the unified {@link FundingRates}. Rates are per funding interval; {@code annualized} uses the ticker's interval.
 */
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
    public Class<?> outputType() {
        return FundingRates.class;
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: funding history gains one row per funding interval (hours); a minute is plenty. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofMinutes(1)));
    }

    @Override
    public Input example() {
        return new Input("BTCUSDT", BybitCategory.linear, 50, null, null);
    }

    /**
     * The history, and the running interval's rate with the next funding time and the interval length from the
     * ticker (one more public GET).
     */
    @Override
    public ToolResult handle(BybitSession session, Input input, ToolCall call) {
        BybitEnvelope<BybitPage<BybitMarketData.FundingRate>> answer = session.client().fundingHistory(
                input.category(), input.symbol(), input.startTime(), input.endTime(), input.limit());
        BybitEnvelope<BybitPage<BybitMarketData.Ticker>> tickers = session.client().tickers(input.category(),
                input.symbol(), null);
        BybitMarketData.Ticker ticker = tickers.requireResult().list().stream()
                .filter(t -> input.symbol().equals(t.symbol())).findFirst().orElse(null);
        BigDecimal intervalHours = ticker == null ? null : Unset.zeroAsNull(ticker.fundingIntervalHour());
        List<FundingRate> history = new ArrayList<>();
        for (BybitMarketData.FundingRate row : answer.requireResult().list()) {
            Instant time = Unset.epochMillis(row.fundingRateTimestamp());
            if (time != null && row.fundingRate() != null) {
                history.add(FundingRate.of(time, row.fundingRate(), intervalHours));
            }
        }
        Collections.reverse(history);
        boolean perpetual = ticker != null && Unset.epochMillis(ticker.nextFundingTime()) != null
                && ticker.fundingRate() != null;
        FundingRate current = perpetual && tickers.timestamp() != null
                ? FundingRate.of(tickers.timestamp(), ticker.fundingRate(), intervalHours) : null;
        return ToolResult.of(new FundingRates(input.symbol(), current,
                perpetual ? Unset.epochMillis(ticker.nextFundingTime()) : null, history), answer.timestamp());
    }
}
