package io.cerbero.mcp.plugin.sentiment;

import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.ToolException;

import java.time.Duration;
import java.util.Optional;

/**
 * The plugin's config for one environment, read once when the session opens. Keys are optional: a tool that
 * needs a missing one answers NOT_CONFIGURED, the others work.
 *
 * @param cryptoPanicKey {@code CRYPTOPANIC_KEY}
 * @param lunarCrushKey  {@code LUNARCRUSH_KEY}
 * @param coinDeskKey    {@code COINDESK_KEY} (optional even for CoinDesk)
 * @param deadline       {@code SENTIMENT_DEADLINE_MS}: how long a multi-source tool waits for its sources
 */
public record SentimentConfig(Optional<Secret> cryptoPanicKey, Optional<Secret> lunarCrushKey,
                              Optional<Secret> coinDeskKey, Duration deadline) {
    public static final String CRYPTOPANIC_KEY = "CRYPTOPANIC_KEY";
    public static final String LUNARCRUSH_KEY = "LUNARCRUSH_KEY";
    public static final String COINDESK_KEY = "COINDESK_KEY";
    public static final String DEADLINE_MS = "SENTIMENT_DEADLINE_MS";
    public static final String DEFAULT_DEADLINE_MS = "5000";

    /** Reads and checks the values; a malformed or out-of-range deadline answers NOT_CONFIGURED naming its variable. */
    public static SentimentConfig from(PluginConfig config) {
        int deadline = config.integer(DEADLINE_MS).orElse(Integer.parseInt(DEFAULT_DEADLINE_MS));
        if (deadline < 100 || deadline > 30_000) {
            throw ToolException.notConfigured(config.variableName(DEADLINE_MS) + " must be 100-30000 ms");
        }
        return new SentimentConfig(present(config, CRYPTOPANIC_KEY), present(config, LUNARCRUSH_KEY),
                present(config, COINDESK_KEY), Duration.ofMillis(deadline));
    }

    private static Optional<Secret> present(PluginConfig config, String key) {
        return config.secret(key).filter(s -> !s.reveal().isBlank());
    }

    /** The key, or NOT_CONFIGURED naming the variable to set. */
    public static Secret require(Optional<Secret> key, String variable, String tools) {
        return key.orElseThrow(() -> ToolException.notConfigured(variable + " is not set: " + tools + " need it")
                .withFix("set " + variable + " (or " + variable + "_TESTNET / " + variable + "_LIVE) and restart"));
    }

    /** Secrets stay masked. */
    @Override
    public String toString() {
        return "SentimentConfig[cryptopanic_key=" + mask(cryptoPanicKey) + ", lunarcrush_key=" + mask(lunarCrushKey)
                + ", coindesk_key=" + mask(coinDeskKey) + ", deadline=" + deadline.toMillis() + " ms]";
    }

    private static String mask(Optional<Secret> key) {
        return key.isPresent() ? "****" : "<unset>";
    }
}
