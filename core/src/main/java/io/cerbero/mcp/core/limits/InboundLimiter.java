package io.cerbero.mcp.core.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cerbero.mcp.core.cache.CacheMetrics;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.ErrorCode;
import io.cerbero.mcp.core.spi.ToolException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Admits or refuses one inbound tool call by its bot tag and its token (environment), so that a runaway bot
 * cannot starve the others: a refused call gets RATE_LIMIT (429) with a {@code Retry-After}. Buckets of idle bots
 * are dropped after ten minutes, and at most {@value #MAX_BOTS} bot buckets are kept (bot tags are caller-chosen).
 */
public final class InboundLimiter {
    static final long MAX_BOTS = 100_000;

    private final InboundLimits limits;
    private final Clock clock;
    private final CacheMetrics metrics;
    private final Cache<String, TokenBucket> bots = Caffeine.newBuilder()
            .maximumSize(MAX_BOTS).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<Environment, TokenBucket> tokens = Caffeine.newBuilder().build();

    public InboundLimiter(InboundLimits limits, Clock clock, CacheMetrics metrics) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Returns when the call may run; throws RATE_LIMIT when the bot or its token is over its limit. */
    public void admit(Environment environment, String botTag) {
        Instant now = clock.instant();
        TokenBucket bot = null;
        if (limits.perBot() > 0) {
            bot = bots.get(environment.name() + "/" + botTag, k -> new TokenBucket(limits.perBot(), now));
            Duration wait = bot.take(now);
            if (!wait.isZero()) {
                throw refused(botTag, "bot", "bot '" + botTag + "' is over " + limits.perBot() + " calls per second",
                        wait);
            }
        }
        if (limits.perToken() > 0) {
            Duration wait = tokens.get(environment, k -> new TokenBucket(limits.perToken(), now)).take(now);
            if (!wait.isZero()) {
                if (bot != null) {
                    bot.giveBack();
                }
                throw refused(botTag, "token", "the " + environment.name().toLowerCase(java.util.Locale.ROOT)
                        + " token is over " + limits.perToken() + " calls per second", wait);
            }
        }
    }

    private ToolException refused(String botTag, String limit, String message, Duration wait) {
        metrics.refused(botTag, limit);
        return ToolException.of(ErrorCode.RATE_LIMIT, message)
                .withRetryable(true)
                .withRetryAfter(wait)
                .withFix("slow down; market data is cached by the gateway, so polling faster than a tool's "
                        + "freshness gains nothing");
    }
}
