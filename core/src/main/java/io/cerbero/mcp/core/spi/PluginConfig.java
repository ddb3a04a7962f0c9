package io.cerbero.mcp.core.spi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The plugin's config, already resolved for one environment (per-environment value, then shared value, then
 * the declared default). Only declared {@link ConfigKey}s can be read. Thread-safe and immutable.
 * Its {@code toString()} masks every secret.
 */
public interface PluginConfig {

    /** The value of a declared non-secret key, if any. Throws {@link IllegalArgumentException} for undeclared keys. */
    Optional<String> get(String key);

    /** The value of a declared secret key, if any. */
    Optional<Secret> secret(String key);

    /** A value that must be present; otherwise NOT_CONFIGURED naming the variable to set. */
    default String require(String key) {
        return get(key).orElseThrow(() -> missing(key));
    }

    /** A secret that must be present; otherwise NOT_CONFIGURED naming the variable to set. */
    default Secret requireSecret(String key) {
        return secret(key).orElseThrow(() -> missing(key));
    }

    /** A decimal value; a malformed one is NOT_CONFIGURED naming the variable. */
    default Optional<BigDecimal> decimal(String key) {
        return get(key).map(raw -> {
            try {
                return new BigDecimal(raw.trim());
            } catch (NumberFormatException e) {
                throw ToolException.notConfigured(variableName(key) + " is not a decimal number");
            }
        });
    }

    /** The environment variable a key is read from, for error messages: {@code BYBIT_API_KEY}. */
    String variableName(String key);

    private ToolException missing(String key) {
        return ToolException.notConfigured(variableName(key) + " is not set for this environment")
                .withFix("set " + variableName(key) + " (or its _TESTNET / _LIVE variant) and restart");
    }
}
