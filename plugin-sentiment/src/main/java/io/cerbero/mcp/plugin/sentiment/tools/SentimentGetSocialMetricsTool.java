package io.cerbero.mcp.plugin.sentiment.tools;

import io.cerbero.mcp.core.spi.AsyncTool;
import io.cerbero.mcp.core.spi.Effect;
import io.cerbero.mcp.core.spi.Freshness;
import io.cerbero.mcp.core.spi.Inputs;
import io.cerbero.mcp.core.spi.ToolCall;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.core.spi.ToolResult;
import io.cerbero.mcp.core.support.FanOutResult;
import io.cerbero.mcp.core.support.SourceReport;
import io.cerbero.mcp.plugin.sentiment.SentimentSession;
import io.cerbero.mcp.plugin.sentiment.client.LunarCrushClient;
import io.cerbero.mcp.plugin.sentiment.tools.ContentTrust.TrustLevel;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code get_social_metrics}: LunarCrush's scores for a coin, its social topic's activity, and its top posts. The
 * three calls run at once; whichever fails is listed and the rest is returned. Needs {@code LUNARCRUSH_KEY}.
 */
public final class SentimentGetSocialMetricsTool
        implements AsyncTool<SentimentSession, SentimentGetSocialMetricsTool.Input> {
    /** How long an answer is fresh for the host cache (see {@link #freshness()}). */
    private static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9$][a-z0-9 _.$-]{0,63}");

    /** The three LunarCrush calls. */
    enum Part {
        coin, topic, posts
    }

    public record Input(
            @Schema(description = "coin ticker", example = "BTC", requiredMode = Schema.RequiredMode.REQUIRED)
            String symbol,
            @Schema(description = "LunarCrush social topic (default the coin's cashtag, $btc for BTC)",
                    example = "bitcoin") String topic,
            @Schema(description = "top posts to include, 0-20 (default 5; 0 skips that call)", example = "5")
            Integer posts) {
        public Input {
            symbol = SentimentParams.coin(symbol, "symbol");
            topic = topic == null ? "$" + symbol.toLowerCase(Locale.ROOT) : topic.strip().toLowerCase(Locale.ROOT);
            if (!TOPIC.matcher(topic).matches()) {
                throw ToolException.invalidInput("topic must be 1-64 lowercase letters, digits, spaces or $ _ . -");
            }
            posts = Inputs.intInRange(posts, "posts", 0, 20, 5);
        }
    }

    /** LunarCrush's scores for the coin. */
    public record CoinMetrics(
            @Schema(description = "coin name (third-party text)") String name,
            BigDecimal price,
            BigDecimal marketCap,
            @Schema(description = "LunarCrush Galaxy Score, 0-100: social and market health") BigDecimal galaxyScore,
            @Schema(description = "AltRank: rank of combined social and market activity (1 is best)") Integer altRank,
            @Schema(description = "share of positive posts, %") BigDecimal sentiment,
            @Schema(description = "share of all crypto social volume, %") BigDecimal socialDominance,
            @Schema(description = "social engagements over 24 h") Long interactions24h,
            @Schema(description = "posts over 24 h") Long socialVolume24h) {
    }

    /** The social topic's activity. */
    public record TopicMetrics(
            @Schema(description = "topic title (third-party text)") String title,
            Integer topicRank,
            Long interactions24h,
            Long numContributors,
            Long numPosts,
            @Schema(description = "up, down or flat") String trend,
            @Schema(description = "share of positive posts per network (tweet, reddit-post ...), %")
            Map<String, BigDecimal> sentimentByNetwork) {
    }

    /** One top post; its title and creator are third-party text. */
    public record Post(
            @Schema(description = "post text or title (untrusted third-party text)") String title,
            String url,
            @Schema(description = "tweet, reddit-post, youtube-video, tiktok-video ...") String network,
            Instant createdAt,
            @Schema(description = "1 very negative to 5 very positive") BigDecimal sentiment,
            @Schema(description = "display name (untrusted third-party text)") String creator,
            Long interactions,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TrustLevel trust) {
    }

    public record Output(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ContentTrust contentTrust,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String symbol,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String topic,
            @Schema(description = "absent when that call failed") CoinMetrics coin,
            @Schema(description = "absent when that call failed") TopicMetrics topicMetrics,
            @Schema(description = "most interacted first", requiredMode = Schema.RequiredMode.REQUIRED) List<Post> posts,
            @Schema(description = "which of coin, topic, posts answered", requiredMode = Schema.RequiredMode.REQUIRED)
            SourceReport sources) {
    }

    static final ContentTrust TRUST = ContentTrust.untrusted(List.of("coin.name", "topic_metrics.title",
            "posts[].title", "posts[].creator", "posts[].url"));

    @Override
    public String name() {
        return "get_social_metrics";
    }

    @Override
    public String description() {
        return "LunarCrush social metrics of a coin: Galaxy Score, AltRank, sentiment, social dominance and volume, "
                + "its topic's activity, and its top posts. Post texts and names are third-party text marked untrusted "
                + "(content_trust). Needs LUNARCRUSH_KEY (NOT_CONFIGURED otherwise).";
    }

    @Override
    public Effect effect() {
        return Effect.READ;
    }

    /**
     * Host cache: LunarCrush updates slowly and allows about 10 calls a minute. A partial answer (a source down) is
     * cached a fifth as long ({@link PartialAnswers}).
     */
    @Override
    public Optional<Freshness> freshness() {
        return Optional.of(Freshness.of(FRESH_FOR).servingStaleFor(Duration.ofMinutes(15)));
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
        return new Input("BTC", "bitcoin", 5);
    }

    @Override
    public CompletionStage<ToolResult> handleAsync(SentimentSession session, Input input, ToolCall call) {
        LunarCrushClient lunar = session.lunarCrush();
        lunar.requireKey();
        Map<Part, Supplier<CompletableFuture<?>>> sources = new LinkedHashMap<>();
        sources.put(Part.coin, () -> lunar.coin(input.symbol()));
        sources.put(Part.topic, () -> lunar.topic(input.topic()));
        if (input.posts() > 0) {
            sources.put(Part.posts, () -> lunar.posts(input.topic()));
        }
        return session.fanOut().<Part, Object>collect(sources, session.deadline())
                .thenApply(result -> result(input, result.requireAnswered("social metrics", Part::name)));
    }

    /** The answer, cached for less when a source failed ({@link PartialAnswers}). */
    private static ToolResult result(Input input, FanOutResult<Part, Object> result) {
        return PartialAnswers.limited(result, answer(input, result), FRESH_FOR);
    }

    private static ToolResult answer(Input input, FanOutResult<Part, Object> result) {
        CoinMetrics coin = result.answered().get(Part.coin) instanceof LunarCrushClient.Coin c ? coin(c) : null;
        TopicMetrics topic = result.answered().get(Part.topic) instanceof LunarCrushClient.Topic t ? topic(t) : null;
        List<Post> posts = List.of();
        if (result.answered().get(Part.posts) instanceof List<?> list) {
            posts = list.stream().filter(LunarCrushClient.Post.class::isInstance).map(LunarCrushClient.Post.class::cast)
                    .sorted(Comparator.comparing(LunarCrushClient.Post::interactionsTotal,
                            Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(input.posts()).map(SentimentGetSocialMetricsTool::post).filter(Objects::nonNull).toList();
        }
        return ToolResult.of(new Output(TRUST, input.symbol(), input.topic(), coin, topic, posts,
                result.report(Part::name)));
    }

    private static CoinMetrics coin(LunarCrushClient.Coin c) {
        return new CoinMetrics(ThirdPartyText.clean(c.name(), 100), c.price(), c.marketCap(), c.galaxyScore(),
                c.altRank(), c.sentiment(), c.socialDominance(), c.interactions24h(), c.socialVolume24h());
    }

    private static TopicMetrics topic(LunarCrushClient.Topic t) {
        Map<String, BigDecimal> byNetwork = t.typesSentiment() == null ? null : new TreeMap<>(t.typesSentiment());
        return new TopicMetrics(ThirdPartyText.clean(t.title(), 200), t.topicRank(), t.interactions24h(),
                t.numContributors(), t.numPosts(), t.trend(), byNetwork);
    }

    private static Post post(LunarCrushClient.Post p) {
        String title = ThirdPartyText.clean(p.postTitle(), 500);
        if (title == null) {
            return null;
        }
        return new Post(title, p.postLink(), p.postType(),
                p.postCreated() == null ? null : Instant.ofEpochSecond(p.postCreated()), p.postSentiment(),
                ThirdPartyText.clean(p.creatorDisplayName(), 100), p.interactionsTotal(),
                TrustLevel.untrusted_third_party);
    }
}
