package io.cerbero.mcp.plugin.alpaca.tools;

import io.cerbero.mcp.plugin.alpaca.AlpacaSession;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Bar;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData.Bars;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaQuery;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTimeframe;
import io.cerbero.mcp.plugin.alpaca.client.OccSymbol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the latest bars of one symbol without blocking: newest first ({@code sort=desc}) from a start far enough
 * back, page after page ({@code next_page_token}) until enough bars came, then oldest first. Alpaca's bars
 * endpoints start at the beginning of the day when no start is given, hence the computed start.
 */
final class AlpacaBarReader {
    /** Pages followed at most, so a venue that keeps sending tokens cannot loop forever. */
    static final int MAX_PAGES = 20;

    private final AlpacaSession session;
    private final String symbol;
    private final AlpacaTimeframe timeframe;
    private final String adjustment;
    private final boolean option;

    AlpacaBarReader(AlpacaSession session, String symbol, AlpacaTimeframe timeframe, String adjustment) {
        this.session = session;
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.adjustment = adjustment;
        this.option = OccSymbol.isOption(symbol);
    }

    /** The latest {@code count} bars (fewer when the venue has fewer), oldest first. */
    CompletableFuture<List<Bar>> latest(int count) {
        Instant start = session.clock().instant().minus(timeframe.spanFor(count));
        return page(start, count, null, new ArrayList<>(), 0).thenApply(newestFirst -> {
            List<Bar> bars = new ArrayList<>(newestFirst.subList(0, Math.min(count, newestFirst.size())));
            Collections.reverse(bars);
            return bars;
        });
    }

    private CompletableFuture<List<Bar>> page(Instant start, int count, String token, List<Bar> seen, int pages) {
        String query = AlpacaQuery.of().add("symbols", symbol).add("timeframe", timeframe.timeframe())
                .add("start", start.toString()).add("limit", count - seen.size()).add("sort", "desc")
                .add("feed", option ? null : session.config().stockFeed())
                .add("adjustment", adjustment).add("page_token", token).build();
        CompletableFuture<Bars> answer = option ? session.client().optionBarsAsync(query)
                : session.client().stockBarsAsync(query);
        return answer.thenCompose(bars -> {
            List<Bar> rows = bars.bars() == null ? null : bars.bars().get(symbol);
            if (rows != null) {
                rows.stream().filter(b -> b != null && b.t() != null).forEach(seen::add);
            }
            boolean more = bars.nextPageToken() != null && !bars.nextPageToken().isBlank()
                    && seen.size() < count && pages + 1 < MAX_PAGES;
            return more ? page(start, count, bars.nextPageToken(), seen, pages + 1)
                    : CompletableFuture.completedFuture(seen);
        });
    }
}
