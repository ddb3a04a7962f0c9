package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.FanOutResult;
import io.cerbero.mcp.core.support.SourceReport;
import io.cerbero.mcp.plugin.sentiment.SentimentSession;
import io.cerbero.mcp.plugin.sentiment.client.PerpFunding;
import io.cerbero.mcp.plugin.sentiment.client.Venue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code get_funding_multi_exchange}: the current funding of one coin's perpetual on every venue, side by side. */
public final class SentimentGetFundingMultiExchangeTool
        implements AsyncTool<SentimentSession, SentimentGetFundingMultiExchangeTool.Input> {
    public record Input(
            @Schema(description = "coin ticker; each venue's USD(T) perpetual of it is read", example = "BTC",
                    requiredMode = Schema.RequiredMode.REQUIRED) String currency,
            @Schema(description = "venues to ask (default all)", example = "[\"binance\", \"bybit\", \"okx\"]")
            List<Venue> venues) {
        public Input {
            currency = SentimentParams.coin(currency, "currency");
            venues = SentimentParams.venues(venues);
        }
    }

    /**
     * @param rates   one row per venue that answered, in the order asked
     * @param sources which venues answered and which did not (timeout, error code)
     */
    public record Output(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<VenueFunding> rates,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceReport sources) {
    }

    @Override
    public String name() {
        return "get_funding_multi_exchange";
    }

    @Override
    public String description() {
        return "Current funding of a coin's perpetual on Binance, Bybit, OKX, Hyperliquid and Deribit: each venue's own "
                + "rate and interval (Hyperliquid pays hourly, most others every 8 h, some symbols every 4 h or 1 h), "
                + "normalised to an 8-hour rate and annualised. A venue that is down or slow is listed under "
                + "sources.failed instead of failing the call.";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /** Host cache: see {@link FundingAcrossVenues#freshness()}. */
    @Override
    public Optional<Freshness> freshness() {
        return FundingAcrossVenues.freshness();
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
    public Input example() {
        return new Input("BTC", null);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(SentimentSession session, Input input, ToolCall call) {
        return FundingAcrossVenues.ask(session, input.currency(), input.venues(), result -> answer(input, result));
    }

    private static ToolResult answer(Input input, FanOutResult<Venue, PerpFunding> result) {
        List<VenueFunding> rates = result.answered().values().stream().map(VenueFunding::of).toList();
        return ToolResult.of(new Output(input.currency(), rates, result.report(VenueSources::name)), newest(rates));
    }

    static Instant newest(List<VenueFunding> rates) {
        return rates.stream().map(r -> r.funding().time()).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }
}
