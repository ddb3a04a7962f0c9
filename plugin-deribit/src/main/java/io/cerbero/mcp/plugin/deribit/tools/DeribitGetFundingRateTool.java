package io.cerbero.mcp.plugin.deribit.tools;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.cerbero.mcp.core.model.FundingRate;
import io.cerbero.mcp.core.model.FundingRates;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.model.InstrumentKind;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.plugin.deribit.DeribitSession;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.FundingRow;
import io.cerbero.mcp.plugin.deribit.client.DeribitMarketData.Ticker;
import io.cerbero.mcp.plugin.deribit.client.DeribitSymbol;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_funding_rate} of a Deribit perpetual: the current rate from {@code public/ticker} ({@code funding_8h},
 * an 8-hour rate) and the hourly history from {@code public/get_funding_rate_history} ({@code interest_1h}, a
 * 1-hour rate), oldest first. Deribit funds continuously; each rate says its interval, and {@code annualized}
 * puts both on one scale.
 */
public final class DeribitGetFundingRateTool implements AsyncTool<DeribitSession, DeribitGetFundingRateTool.Input> {
    static final BigDecimal CURRENT_INTERVAL_HOURS = BigDecimal.valueOf(8);
    static final BigDecimal HISTORY_INTERVAL_HOURS = BigDecimal.ONE;

    public record Input(
            @JsonAlias("instrument")
            @Schema(description = "a Deribit perpetual: BTC-PERPETUAL, ETH-PERPETUAL, BTC_USDC-PERPETUAL …; "
                    + "'instrument' is accepted as an alias", example = "BTC-PERPETUAL",
                    requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(description = "hours of history, 1-720 (default 24)", example = "24") Integer hours) {
        public Input {
            DeribitParams.symbol(symbol);
            if (DeribitSymbol.parse(symbol).kind() != InstrumentKind.perpetual) {
                throw ToolException.invalidInput("funding applies to perpetuals only (…-PERPETUAL), got " + symbol);
            }
            hours = Inputs.intInRange(hours, "hours", 1, 720, 24);
        }
    }

    @Override
    public String name() {
        return "get_funding_rate";
    }

    @Override
    public String description() {
        return "Current funding (8-hour rate) and hourly funding history, oldest first, of a Deribit perpetual; "
                + "each with its annualised value.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: the 8-hour rate and hourly history move slowly. */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(Duration.ofSeconds(30)));
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
    public Input example() {
        return new Input("BTC-PERPETUAL", 24);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(DeribitSession session, Input input, ToolCall call) {
        long end = session.clock().millis();
        long start = end - Duration.ofHours(input.hours()).toMillis();
        var ticker = session.client().ticker(input.symbol());
        var history = session.client().fundingHistory(input.symbol(), start, end);
        return ticker.thenCombine(history, (t, h) -> {
            Ticker now = t.result();
            Instant readAt = DeribitParams.millis(now.timestamp());
            FundingRate current = now.funding8h() == null ? null
                    : FundingRate.of(readAt == null ? session.clock().instant() : readAt, now.funding8h(),
                    CURRENT_INTERVAL_HOURS);
            List<FundingRate> past = (h.result() == null ? List.<FundingRow>of() : h.result()).stream()
                    .filter(r -> r.timestamp() != null && r.interest1h() != null)
                    .sorted(Comparator.comparing(FundingRow::timestamp))
                    .map(r -> FundingRate.of(Instant.ofEpochMilli(r.timestamp()), r.interest1h(),
                            HISTORY_INTERVAL_HOURS))
                    .filter(Objects::nonNull).toList();
            return ToolResult.of(new FundingRates(input.symbol(), current, null, past), readAt);
        });
    }
}
