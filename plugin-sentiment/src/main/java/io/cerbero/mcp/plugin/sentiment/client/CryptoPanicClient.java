package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.sentiment.SentimentConfig;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;
import io.cerbero.mcp.plugin.sentiment.SentimentPlugin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * CryptoPanic's posts API (developer v2 by default; the base URL {@code CRYPTOPANIC_URL} may point at v1, same
 * parameters). The key travels in the query string as {@code auth_token}: this client never puts a request's query
 * into a message, and the host logs paths only.
 */
public final class CryptoPanicClient {
    private final UpstreamClient upstream;
    private final Optional<Secret> key;
    private final SourceJson json = new SourceJson("CryptoPanic");

    public CryptoPanicClient(UpstreamClient upstream, Optional<Secret> key) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.key = Objects.requireNonNull(key, "key");
    }

    record Page(List<Post> results) {
    }

    record Post(String kind, String title, String description, @JsonProperty("published_at") Instant publishedAt,
                String url, @JsonProperty("original_url") String originalUrl, Source source,
                List<Currency> currencies, List<Currency> instruments, Votes votes) {
    }

    record Source(String title, String domain) {
    }

    record Currency(String code) {
    }

    record Votes(Integer positive, Integer negative, Integer important, Integer liked, Integer disliked,
                 Integer toxic) {
    }

    /**
     * GET {@code /posts/?auth_token=…&public=true&kind=…&currencies=…} (first page only, about 20 posts).
     *
     * @param currency upper-case code or null for all
     * @param kind     {@code news}, {@code media} or {@code all}
     * @return fails with NOT_CONFIGURED when {@code CRYPTOPANIC_KEY} is not set
     */
    public CompletableFuture<List<NewsArticle>> posts(String currency, String kind) {
        Secret token;
        try {
            token = SentimentConfig.require(key, SentimentConfig.CRYPTOPANIC_KEY, "CryptoPanic news");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        String query = Query.of().add("auth_token", token.reveal()).add("public", "true").add("kind", kind)
                .add("currencies", currency).build();
        UpstreamRequest request = UpstreamRequest.get("/posts/", query);
        return upstream.sendAsync(request).thenApply(response -> articles(response, request));
    }

    private List<NewsArticle> articles(UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            throw SentimentErrors.httpStatus(json.source(), response, request, SentimentConfig.CRYPTOPANIC_KEY);
        }
        Page page = json.read(response, request, Page.class);
        List<NewsArticle> articles = new ArrayList<>();
        for (Post post : page.results() == null ? List.<Post>of() : page.results()) {
            if (post.title() == null || post.publishedAt() == null) {
                continue;
            }
            List<String> tags = new ArrayList<>();
            for (List<Currency> list : java.util.Arrays.asList(post.currencies(), post.instruments())) {
                if (list != null) {
                    list.stream().map(Currency::code).filter(Objects::nonNull).filter(c -> !tags.contains(c))
                            .forEach(tags::add);
                }
            }
            Votes v = post.votes();
            NewsArticle.Votes votes = v == null ? null
                    : new NewsArticle.Votes(v.positive(), v.negative(), v.important(), v.liked(), v.disliked(), v.toxic());
            articles.add(new NewsArticle(SentimentPlugin.CRYPTOPANIC, post.title(), post.description(),
                    post.originalUrl() != null ? post.originalUrl() : post.url(), post.publishedAt(),
                    post.kind() == null ? "news" : post.kind(), tags,
                    post.source() == null ? null : post.source().title(), sentimentOf(v), votes));
        }
        return articles;
    }

    /** CryptoPanic publishes votes, not a score: more positive than negative votes reads as positive. */
    static String sentimentOf(Votes votes) {
        if (votes == null) {
            return null;
        }
        int positive = votes.positive() == null ? 0 : votes.positive();
        int negative = votes.negative() == null ? 0 : votes.negative();
        if (positive == 0 && negative == 0) {
            return null;
        }
        return positive > negative ? "positive" : negative > positive ? "negative" : "neutral";
    }

    @Override
    public String toString() {
        return "CryptoPanicClient[" + upstream.baseUrl() + ", key " + (key.isPresent() ? "set" : "unset") + "]";
    }
}
