package io.cerbero.mcp.plugin.alpaca;

import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.Secret;
import io.cerbero.mcp.core.spi.ToolException;
import io.cerbero.mcp.plugin.alpaca.client.AlpacaCredentials;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's config for one environment, read once when the session opens. Paper and live accounts have
 * different keys, so set {@code ALPACA_API_KEY_ID_TESTNET} / {@code _LIVE} (the plain name is the fallback).
 *
 * @param keyId          {@code ALPACA_API_KEY_ID[_TESTNET|_LIVE]}; absent → every tool answers NOT_CONFIGURED
 *                       (Alpaca's market data needs keys too)
 * @param secretKey      {@code ALPACA_SECRET_KEY[_TESTNET|_LIVE]}
 * @param stockFeed      {@code ALPACA_DATA_FEED}: {@code iex} (free plan) or {@code sip}
 * @param optionsFeed    {@code ALPACA_OPTIONS_FEED}: {@code indicative} (free, delayed) or {@code opra}
 * @param keyVariable    variable name of the key id, for messages
 * @param secretVariable variable name of the secret key, for messages
 */
public record AlpacaConfig(Optional<Secret> keyId, Optional<Secret> secretKey, String stockFeed, String optionsFeed,
                           String keyVariable, String secretVariable) {
    public static final String API_KEY_ID = "API_KEY_ID";
    public static final String SECRET_KEY = "SECRET_KEY";
    public static final String DATA_FEED = "DATA_FEED";
    public static final String OPTIONS_FEED = "OPTIONS_FEED";
    public static final String DEFAULT_DATA_FEED = "iex";
    public static final String DEFAULT_OPTIONS_FEED = "indicative";
    /** {@code ALPACA_MAX_LEVERAGE} default: a cash-like cap; Alpaca's margin account allows up to 4x intraday. */
    public static final String DEFAULT_MAX_LEVERAGE = "1";

    private static final Set<String> STOCK_FEEDS = Set.of("iex", "sip", "delayed_sip", "otc");
    private static final Set<String> OPTIONS_FEEDS = Set.of("indicative", "opra");

    /** Reads and checks the values; a malformed one answers NOT_CONFIGURED naming its variable. */
    public static AlpacaConfig from(PluginConfig config) {
        Optional<Secret> key = config.secret(API_KEY_ID).filter(s -> !s.reveal().isBlank());
        Optional<Secret> secret = config.secret(SECRET_KEY).filter(s -> !s.reveal().isBlank());
        String stockFeed = feed(config, DATA_FEED, DEFAULT_DATA_FEED, STOCK_FEEDS);
        String optionsFeed = feed(config, OPTIONS_FEED, DEFAULT_OPTIONS_FEED, OPTIONS_FEEDS);
        return new AlpacaConfig(key, secret, stockFeed, optionsFeed, config.variableName(API_KEY_ID),
                config.variableName(SECRET_KEY));
    }

    private static String feed(PluginConfig config, String key, String fallback, Set<String> allowed) {
        String value = config.get(key).orElse(fallback).trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw ToolException.notConfigured(config.variableName(key) + " must be one of " + allowed);
        }
        return value;
    }

    /** Keys for any call (trading and data), or NOT_CONFIGURED naming what to set. */
    public AlpacaCredentials requireCredentials() {
        if (keyId.isEmpty() || secretKey.isEmpty()) {
            String missing = keyId.isEmpty() ? keyVariable : secretVariable;
            throw ToolException.notConfigured(missing + " is not set for this environment; Alpaca needs both "
                            + keyVariable + " and " + secretVariable + ", for trading and for market data")
                    .withFix("set " + keyVariable + " and " + secretVariable + " (or their _TESTNET / _LIVE variants: "
                            + "paper and live keys differ) and restart");
        }
        return new AlpacaCredentials(keyId.get(), secretKey.get());
    }

    @Override
    public String toString() {
        return "AlpacaConfig[keyId=" + keyId.map(s -> "****").orElse("unset") + ", secretKey="
                + secretKey.map(s -> "****").orElse("unset") + ", stockFeed=" + stockFeed + ", optionsFeed="
                + optionsFeed + "]";
    }
}
