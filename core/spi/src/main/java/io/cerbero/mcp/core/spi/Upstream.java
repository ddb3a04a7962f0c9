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

    /** Sizing for the host's resilience around one upstream. */
    public record UpstreamLimits(int requestsPerSecond, Duration timeout, int maxRetries) {
        public UpstreamLimits {
            if (requestsPerSecond < 1) {
                throw new IllegalArgumentException("requestsPerSecond must be >= 1");
            }
            Objects.requireNonNull(timeout, "timeout");
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
        }

        /** Ten seconds timeout and two retries of idempotent calls. */
        public static UpstreamLimits perSecond(int requestsPerSecond) {
            return new UpstreamLimits(requestsPerSecond, Duration.ofSeconds(10), 2);
        }
    }
}
