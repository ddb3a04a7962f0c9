package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.support.FanOutResult;
import io.cerbero.mcp.plugin.sentiment.SentimentSession;
import io.cerbero.mcp.plugin.sentiment.client.PerpVenue;
import io.cerbero.mcp.plugin.sentiment.client.Venue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** Asks the chosen venues the same question at once, within the session's deadline. */
final class VenueSources {
    private VenueSources() {
    }

    static <T> CompletableFuture<FanOutResult<Venue, T>> ask(SentimentSession session, List<Venue> venues,
                                                             Function<PerpVenue, CompletableFuture<T>> question) {
        Map<Venue, Supplier<CompletableFuture<T>>> sources = new LinkedHashMap<>();
        for (Venue venue : venues) {
            sources.put(venue, () -> question.apply(session.venue(venue)));
        }
        return session.fanOut().collect(sources, session.deadline());
    }

    static String name(Venue venue) {
        return venue.name();
    }
}
