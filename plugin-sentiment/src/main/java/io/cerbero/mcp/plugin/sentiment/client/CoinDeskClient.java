package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * CoinDesk Data (formerly CCData / CryptoCompare) news list. Keys are optional (header {@code Authorization: Apikey
 * …}); errors come as {@code {"Data":{},"Err":{"type":..,"message":..}}} with a 4xx status.
 */
public final class CoinDeskClient {
    private final UpstreamClient upstream;
    private final Optional<Secret> key;
    private final SourceJson json = new SourceJson("CoinDesk");

    public CoinDeskClient(UpstreamClient upstream, Optional<Secret> key) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.key = Objects.requireNonNull(key, "key");
    }

    record Answer(@JsonProperty("Data") List<Article> data) {
    }

    record Article(@JsonProperty("PUBLISHED_ON") Long publishedOn, @JsonProperty("TITLE") String title,
                   @JsonProperty("SUBTITLE") String subtitle, @JsonProperty("URL") String url,
                   @JsonProperty("BODY") String body, @JsonProperty("SENTIMENT") String sentiment,
                   @JsonProperty("SOURCE_DATA") SourceData sourceData,
                   @JsonProperty("CATEGORY_DATA") List<Category> categoryData) {
    }

    record SourceData(@JsonProperty("NAME") String name) {
    }

    record Category(@JsonProperty("CATEGORY") String category, @JsonProperty("NAME") String name) {
    }

    /**
     * GET {@code /news/v1/article/list?lang=EN&limit=…&categories=…}.
     *
     * @param currency upper-case code (a CoinDesk category such as BTC) or null for all
     */
    public CompletableFuture<List<NewsArticle>> articles(String currency, int limit) {
        UpstreamRequest request = UpstreamRequest.get("/news/v1/article/list",
                Query.of().add("lang", "EN").add("limit", limit).add("categories", currency).build());
        if (key.isPresent()) {
            request = request.withHeader("Authorization", "Apikey " + key.get().reveal());
        }
        UpstreamRequest sent = request;
        return upstream.sendAsync(sent).thenApply(response -> articles(response, sent));
    }

    private List<NewsArticle> articles(UpstreamResponse response, UpstreamRequest request) {
        if (!response.isSuccess()) {
            String message = json.tree(response).map(t -> t.path("Err").path("message").asText(null)).orElse(null);
            if (message != null && response.status() != 401 && response.status() != 403) {
                throw SentimentErrors.rejected(json.source(), request, response.status(), message);
            }
            throw SentimentErrors.httpStatus(json.source(), response, request, SentimentConfig.COINDESK_KEY);
        }
        JsonNode tree = json.read(response, request, JsonNode.class);
        if (!tree.path("Data").isArray()) {
            throw SentimentErrors.unparseable(json.source(), response, request);
        }
        Answer answer = json.convert(tree, Answer.class, response, request);
        List<NewsArticle> articles = new ArrayList<>();
        for (Article a : answer.data()) {
            if (a.title() == null || a.publishedOn() == null) {
                continue;
            }
            List<String> tags = a.categoryData() == null ? List.of() : a.categoryData().stream()
                    .map(c -> c.category() != null ? c.category() : c.name()).filter(Objects::nonNull).distinct().toList();
            String summary = a.subtitle() != null && !a.subtitle().isBlank() ? a.subtitle() : a.body();
            articles.add(new NewsArticle(SentimentPlugin.COINDESK, a.title(), summary, a.url(),
                    Instant.ofEpochSecond(a.publishedOn()), "news", tags,
                    a.sourceData() == null ? null : a.sourceData().name(),
                    a.sentiment() == null ? null : a.sentiment().toLowerCase(Locale.ROOT), null));
        }
        return articles;
    }

    @Override
    public String toString() {
        return "CoinDeskClient[" + upstream.baseUrl() + ", key " + (key.isPresent() ? "set" : "unset") + "]";
    }
}
