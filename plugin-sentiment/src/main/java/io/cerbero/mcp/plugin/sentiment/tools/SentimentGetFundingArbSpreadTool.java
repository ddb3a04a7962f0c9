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

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code get_funding_arb_spread}: the widest funding spread between two venues. Funding is paid by longs to shorts
 * when positive, so the carry trade is short where funding is highest and long where it is lowest.
 */
public final class SentimentGetFundingArbSpreadTool
        implements AsyncTool<SentimentSession, SentimentGetFundingArbSpreadTool.Input> {
    public record Input(
            @Schema(description = "coin ticker", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String currency,
            @Schema(description = "venues to compare (default all; at least two must answer)",
                    example = "[\"binance\", \"bybit\", \"hyperliquid\"]") List<Venue> venues) {
        public Input {
            currency = SentimentParams.coin(currency, "currency");
            venues = SentimentParams.venues(venues);
        }
    }

    /**
     * The widest spread, or nulls with a {@code note} when fewer than two venues answered with a known interval.
     *
     * @param rates every answering venue, highest annualised funding first
     */
    public record Output(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currency,
            @Schema(description = "go long here: the venue with the lowest funding (longs pay least or are paid)",
                    example = "hyperliquid") String longVenue,
            @Schema(description = "go short here: the venue with the highest funding (shorts are paid most)",
                    example = "binance") String shortVenue,
            @Schema(description = "8-hour rate of the long venue") BigDecimal longRate8h,
            @Schema(description = "8-hour rate of the short venue") BigDecimal shortRate8h,
            @Schema(description = "short_rate_8h − long_rate_8h, as a fraction") BigDecimal spread8h,
            @Schema(description = "the spread over a year: short venue's annualised rate − long venue's, as a "
                    + "fraction, before fees and price risk") BigDecimal spreadAnnualized,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<VenueFunding> rates,
            @Schema(description = "why no spread is given, when none is") String note,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SourceReport sources) {
    }

    @Override
    public String name() {
        return "get_funding_arb_spread";
    }

    @Override
    public String description() {
        return "Widest funding-rate spread for a coin across Binance, Bybit, OKX, Hyperliquid and Deribit, on rates "
                + "annualised from each venue's own interval: the venue to go long (lowest funding), the venue to go "
                + "short (highest), the 8-hour and annualised spread. Ignores fees, borrow, basis and execution.";
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
        Comparator<VenueFunding> byAnnualized = Comparator.comparing(VenueFunding::annualized,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        List<VenueFunding> rates = result.answered().values().stream().map(VenueFunding::of)
                .sorted(byAnnualized.reversed()).toList();
        List<VenueFunding> comparable = rates.stream().filter(r -> r.annualized() != null && r.rate8h() != null)
                .toList();
        SourceReport sources = result.report(VenueSources::name);
        if (comparable.size() < 2) {
            String note = "a spread needs at least two venues with a known funding interval; got " + comparable.size();
            return ToolResult.of(new Output(input.currency(), null, null, null, null, null, null, rates, note, sources),
                    SentimentGetFundingMultiExchangeTool.newest(rates));
        }
        VenueFunding high = comparable.get(0);
        VenueFunding low = comparable.get(comparable.size() - 1);
        return ToolResult.of(new Output(input.currency(), low.venue(), high.venue(), low.rate8h(), high.rate8h(),
                high.rate8h().subtract(low.rate8h()), high.annualized().subtract(low.annualized()), rates, null,
                sources), SentimentGetFundingMultiExchangeTool.newest(rates));
    }
}
