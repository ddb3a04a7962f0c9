package io.cerbero.mcp.plugin.sentiment.client;

import java.time.Instant;
import java.util.List;

/**
 * One article as a news provider lists it, before merging. Every text field is third-party content.
 *
 * @param provider  {@code cryptopanic} or {@code coindesk}
 * @param kind      {@code news} or {@code media}
 * @param tags      currency codes (CryptoPanic) or categories (CoinDesk)
 * @param publisher the outlet (CoinDesk, Cointelegraph ...)
 * @param sentiment {@code positive} / {@code negative} / {@code neutral}, or null when the provider gives none
 * @param votes     CryptoPanic's community votes, null elsewhere
 */
public record NewsArticle(String provider, String title, String summary, String url, Instant publishedAt,
                          String kind, List<String> tags, String publisher, String sentiment, Votes votes) {

    public NewsArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** CryptoPanic's vote counts. */
    public record Votes(Integer positive, Integer negative, Integer important, Integer liked, Integer disliked,
                        Integer toxic) {
    }
}
