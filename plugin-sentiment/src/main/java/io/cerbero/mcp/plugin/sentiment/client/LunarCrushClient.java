package io.cerbero.mcp.plugin.sentiment.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.UpstreamClient;
import io.cerbero.mcp.core.spi.UpstreamRequest;
import io.cerbero.mcp.core.spi.UpstreamResponse;
import io.cerbero.mcp.plugin.sentiment.SentimentConfig;
import io.cerbero.mcp.plugin.sentiment.SentimentErrors;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * LunarCrush API v4 ({@code Authorization: Bearer <key>}). Every answer is {@code {"config":{...},"data":...}}.
 * Plans differ in what they include: an endpoint outside the key's plan answers 401/402/403.
 */
public final class LunarCrushClient {
    private final UpstreamClient upstream;
    private final Optional<Secret> key;
    private final SourceJson json = new SourceJson("LunarCrush");

    public LunarCrushClient(UpstreamClient upstream, Optional<Secret> key) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Whether the key is set; tools that need it answer NOT_CONFIGURED before any call when it is not. */
    public Secret requireKey() {
        return SentimentConfig.require(key, SentimentConfig.LUNARCRUSH_KEY, "LunarCrush social metrics");
    }

    record Answer<T>(T data) {
    }

    /** A coin's market and social scores. */
    public record Coin(String symbol, String name, BigDecimal price,
                       @JsonProperty("market_cap") BigDecimal marketCap,
                       @JsonProperty("galaxy_score") BigDecimal galaxyScore,
                       @JsonProperty("alt_rank") Integer altRank,
                       BigDecimal sentiment,
                       @JsonProperty("social_dominance") BigDecimal socialDominance,
                       @JsonProperty("interactions_24h") Long interactions24h,
                       @JsonProperty("social_volume_24h") Long socialVolume24h) {
    }

    /** A social topic's activity. */
    public record Topic(String topic, String title,
                        @JsonProperty("topic_rank") Integer topicRank,
                        @JsonProperty("interactions_24h") Long interactions24h,
                        @JsonProperty("num_contributors") Long numContributors,
                        @JsonProperty("num_posts") Long numPosts,
                        String trend,
                        @JsonProperty("types_sentiment") Map<String, BigDecimal> typesSentiment) {
    }

    /** One social post about a topic. */
    public record Post(@JsonProperty("post_type") String postType,
                       @JsonProperty("post_title") String postTitle,
                       @JsonProperty("post_link") String postLink,
                       @JsonProperty("post_created") Long postCreated,
                       @JsonProperty("post_sentiment") BigDecimal postSentiment,
                       @JsonProperty("creator_display_name") String creatorDisplayName,
                       @JsonProperty("interactions_total") Long interactionsTotal) {
    }

    /** <a href="https://lunarcrush.com/developers/api/endpoints">GET /coins/{coin}/v1</a> */
    public CompletableFuture<Coin> coin(String symbol) {
        return get("/coins/" + segment(symbol) + "/v1", json.type(Answer.class, Coin.class));
    }

    /** GET /topic/{topic}/v1 */
    public CompletableFuture<Topic> topic(String topic) {
        return get("/topic/" + segment(topic) + "/v1", json.type(Answer.class, Topic.class));
    }

    /** GET /topic/{topic}/posts/v1: the top posts of the last day. */
    public CompletableFuture<List<Post>> posts(String topic) {
        return get("/topic/" + segment(topic) + "/posts/v1", json.type(Answer.class, json.listOf(Post.class)));
    }

    private <T> CompletableFuture<T> get(String path, JavaType answerType) {
        Secret secret;
        try {
            secret = requireKey();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        UpstreamRequest request = UpstreamRequest.get(path, "").withHeader("Authorization", "Bearer " + secret.reveal());
        return upstream.sendAsync(request).thenApply(response -> this.<T>data(response, request, answerType));
    }

    private <T> T data(UpstreamResponse response, UpstreamRequest request, JavaType answerType) {
        if (!response.isSuccess()) {
            throw SentimentErrors.httpStatus(json.source(), response, request,
                    response.status() == 402 ? null : SentimentConfig.LUNARCRUSH_KEY);
        }
        Answer<T> answer = json.read(response, request, answerType);
        if (answer.data() == null) {
            throw SentimentErrors.unparseable(json.source(), response, request);
        }
        return answer.data();
    }

    /** A path segment: the caller's text URL-encoded ({@code $btc} → {@code %24btc}, spaces as %20). */
    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "LunarCrushClient[" + upstream.baseUrl() + ", key " + (key.isPresent() ? "set" : "unset") + "]";
    }
}
