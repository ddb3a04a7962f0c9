package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.FanOutResult;
import io.cerbero.mcp.plugin.sentiment.SentimentSession;
import io.cerbero.mcp.plugin.sentiment.client.PerpFunding;
import io.cerbero.mcp.plugin.sentiment.client.PerpVenue;
import io.cerbero.mcp.plugin.sentiment.client.Venue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The question both funding tools ask ({@code get_funding_multi_exchange}, {@code get_funding_arb_spread}): one
 * coin's current funding from each venue, and how long the host may cache what they make of it.
 */
final class FundingAcrossVenues {
    /** Predicted funding moves slowly; never served stale. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private FundingAcrossVenues() {
    }

    /** Host cache: fresh for {@link #FRESH_FOR}; a partial answer (a source down) a fifth as long. */
    static Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(FRESH_FOR));
    }

    /**
     * Asks every venue for {@code currency}'s funding, fails only when none answered, and caches the tool's answer
     * for less when a source failed ({@link PartialAnswers}).
     */
    static CompletionStage<ToolResult> ask(SentimentSession session, String currency, List<Venue> venues,
                                           Function<FanOutResult<Venue, PerpFunding>, ToolResult> answer) {
        return VenueSources.ask(session, venues, (PerpVenue venue) -> venue.funding(currency))
                .thenApply(result -> result.requireAnswered("funding of " + currency, VenueSources::name))
                .thenApply(answered -> PartialAnswers.limited(answered, answer.apply(answered), FRESH_FOR));
    }
}
