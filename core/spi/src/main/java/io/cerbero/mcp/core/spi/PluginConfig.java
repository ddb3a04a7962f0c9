package io.cerbero.mcp.core.spi;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The plugin's config, already resolved for one environment (per-environment value, then shared value, then
 * the declared default). Only declared {@link ConfigKey}s can be read. Thread-safe and immutable.
 * Its {@code toString()} masks every secret.
 *
 * <p>Typed reads ({@link #decimal}, {@link #integer}, {@link #duration}, {@link #bool}) refuse a malformed value with
 * one NOT_CONFIGURED naming the variable, so the call answers 503 and says what to fix. A key declared
 * {@link ConfigKey#required() required} is checked by the host before the session opens.
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
                throw ConfigValues.bad(variableName(key), "is not a decimal number", raw);
            }
        });
    }

    /** A whole number ({@code 5000}); anything else is NOT_CONFIGURED naming the variable and the value. */
    default Optional<Integer> integer(String key) {
        return get(key).map(raw -> ConfigValues.integer(variableName(key), raw));
    }

    /**
     * A duration with its unit: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, {@code 1d}, or ISO-8601
     * ({@code PT5S}); not negative. A bare number is refused (its unit would be a guess): NOT_CONFIGURED naming the
     * variable and the value.
     */
    default Optional<Duration> duration(String key) {
        return get(key).map(raw -> ConfigValues.duration(variableName(key), raw));
    }

    /** {@code true} or {@code false} in any case; anything else is NOT_CONFIGURED naming the variable and the value. */
    default Optional<Boolean> bool(String key) {
        return get(key).map(raw -> ConfigValues.bool(variableName(key), raw));
    }

    /** The environment variable a key is read from, for error messages: {@code BYBIT_API_KEY}. */
    String variableName(String key);

    private ToolException missing(String key) {
        return ToolException.notConfigured(variableName(key) + " is not set for this environment")
                .withFix("set " + variableName(key) + " (or its _TESTNET / _LIVE variant) and restart");
    }
}
