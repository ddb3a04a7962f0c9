package io.cerbero.mcp.core.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An upstream HTTP API a plugin talks to, declared so the host can own its base URL, timeouts, rate limit and
 * circuit breaker. The base URL comes only from config chosen by the session's environment, which is what makes
 * "a testnet call never reaches a live URL" true by construction.
 *
 * @param id             name used with {@link PluginContext#upstream(String)}: {@code rest}
 * @param urlKey         config key of the base URL without suffix: {@code URL} → {@code BYBIT_URL_TESTNET} /
 *                       {@code BYBIT_URL_LIVE} for a per-environment upstream, {@code BYBIT_URL} otherwise
 * @param testnetDefault default testnet base URL; {@code null} when the upstream has one URL for both
 * @param liveDefault    default live base URL (or the only URL)
 * @param limits         rate limit, timeout and circuit-breaker sizing for one (plugin, environment)
 */
public record Upstream(String id, String urlKey, String testnetDefault, String liveDefault, UpstreamLimits limits) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Upstream {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(urlKey, "urlKey");
        Objects.requireNonNull(liveDefault, "liveDefault");
        Objects.requireNonNull(limits, "limits");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("upstream id must be lower snake case: " + id);
        }
    }

    /** A venue with separate testnet and live hosts (keys {@code <urlKey>_TESTNET} and {@code <urlKey>_LIVE}). */
    public static Upstream perEnvironment(String id, String urlKey, String testnetUrl, String liveUrl,
                                          UpstreamLimits limits) {
        return new Upstream(id, urlKey, Objects.requireNonNull(testnetUrl, "testnetUrl"), liveUrl, limits);
    }

    /** A data provider with one host for both environments (macro, sentiment): key {@code <urlKey>}. */
    public static Upstream shared(String id, String urlKey, String url, UpstreamLimits limits) {
        return new Upstream(id, urlKey, null, url, limits);
    }

    public boolean isPerEnvironment() {
        return testnetDefault != null;
    }

    /** Config key of the base URL for an environment. */
    public String urlKeyFor(Environment environment) {
        return isPerEnvironment() ? urlKey + "_" + environment.configSuffix() : urlKey;
    }

    public String defaultUrlFor(Environment environment) {
        return isPerEnvironment() && environment == Environment.TESTNET ? testnetDefault : liveDefault;
    }

    /**
     * Sizing for the host's resilience around one upstream: its request budget, the timeout of one exchange and
     * how many times an idempotent request may be retried. Immutable; checked when built, so a plugin declaring
     * nonsense fails at startup, not on the first call.
     *
     * <p>Every attempt (the first send and each retry) takes {@link UpstreamRequest#weight()} units of the budget
     * before it leaves; a call that cannot get them within a couple of seconds fails with {@code RATE_LIMIT}, and a
     * request heavier than the whole budget is refused at once ({@code UPSTREAM_REJECTED}) instead of waiting
     * forever. When several bots wait on one budget the host grants it to them in turn (round-robin by bot tag).
     *
     * @param budget     what the venue allows this (plugin, environment, upstream) per period
     * @param timeout    whole-exchange timeout of one attempt
     * @param maxRetries retries of an idempotent request after a transient failure (never of a write)
     */
    public record UpstreamLimits(Budget budget, Duration timeout, int maxRetries) {
        public UpstreamLimits {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
        }

        /** {@code requestsPerSecond} requests of weight 1 per second (the original form, kept for plugins). */
        public UpstreamLimits(int requestsPerSecond, Duration timeout, int maxRetries) {
            this(Budget.perSecond(requestsPerSecond), timeout, maxRetries);
        }

        /** Ten seconds timeout and two retries of idempotent calls. */
        public static UpstreamLimits perSecond(int requestsPerSecond) {
            return of(Budget.perSecond(requestsPerSecond));
        }

        /** {@code requestsPerMinute} requests per minute (Alpaca: 200), ten seconds timeout, two retries. */
        public static UpstreamLimits perMinute(int requestsPerMinute) {
            return of(Budget.perMinute(requestsPerMinute));
        }

        /**
         * A weight or credit budget: at most {@code capacity} units at once, {@code refillPerPeriod} units back per
         * {@code period}; each request costs its {@link UpstreamRequest#weight()}. Hyperliquid: 1200 per minute;
         * Deribit: a credit pool refilled every second.
         */
        public static UpstreamLimits weighted(long capacity, long refillPerPeriod, Duration period) {
            return of(new Budget(capacity, refillPerPeriod, period));
        }

        /** With the defaults: ten seconds timeout and two retries of idempotent calls. */
        public static UpstreamLimits of(Budget budget) {
            return new UpstreamLimits(budget, Duration.ofSeconds(10), 2);
        }

        public UpstreamLimits withTimeout(Duration value) {
            return new UpstreamLimits(budget, value, maxRetries);
        }

        public UpstreamLimits withMaxRetries(int value) {
            return new UpstreamLimits(budget, timeout, value);
        }

        /**
         * The budget as whole requests of weight 1 per second, rounded down (at least 1): the accessor of SPI
         * version 2, when a budget was always a rate per second; kept so plugins built against it still link.
         */
        public int requestsPerSecond() {
            double perSecond = (double) budget.refill() * 1000 / budget.period().toMillis();
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(perSecond)));
        }
    }

    /**
     * A refilling budget in units of request weight: at most {@code capacity} units can be spent at once, and
     * {@code refill} units come back per {@code period}, spread evenly over it (a burst of {@code capacity}, then
     * {@code refill / period} sustained). A plain request weighs 1, so {@code perMinute(200)} is 200 requests a
     * minute.
     *
     * @param capacity most units available at once (the burst); also the heaviest request allowed
     * @param refill   units regained per period (may exceed the capacity: a rate with a smaller burst)
     * @param period   the refill period, at least one millisecond
     */
    public record Budget(long capacity, long refill, Duration period) {
        public Budget {
            Objects.requireNonNull(period, "period");
            if (capacity < 1) {
                throw new IllegalArgumentException("budget capacity must be >= 1, got " + capacity);
            }
            if (refill < 1) {
                throw new IllegalArgumentException("budget refill must be >= 1, got " + refill);
            }
            if (period.compareTo(Duration.ofMillis(1)) < 0) {
                throw new IllegalArgumentException("budget period must be at least 1 ms, got " + period);
            }
        }

        public static Budget perSecond(int requests) {
            return new Budget(requests, requests, Duration.ofSeconds(1));
        }

        public static Budget perMinute(int requests) {
            return new Budget(requests, requests, Duration.ofMinutes(1));
        }

        /** For messages: {@code "200 per 1m"}, {@code "1200 weight per 1m"}. */
        public String describe() {
            String unit = period.toSeconds() >= 60 && period.toSecondsPart() == 0 && period.toMillisPart() == 0
                    ? period.toMinutes() + "m"
                    : period.toMillisPart() == 0 ? period.toSeconds() + "s" : period.toMillis() + "ms";
            return refill + " per " + unit + (capacity == refill ? "" : " (burst " + capacity + ")");
        }
    }
}
