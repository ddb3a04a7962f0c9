package io.cerbero.mcp.core.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One config key a plugin reads, declared up front so the host can document it, resolve it per environment and
 * mask it. The variable name is the plugin's {@link ExchangePlugin#configPrefix() prefix} plus {@link #name()};
 * for an environment the host looks up {@code NAME_TESTNET} / {@code NAME_LIVE} first, then {@code NAME}, then
 * the default.
 *
 * @param name         upper snake case, without the plugin prefix: {@code API_KEY}
 * @param required     a session cannot open without it (the call answers NOT_CONFIGURED)
 * @param secret       never logged, never shown; exposed to the plugin as a {@link Secret}
 * @param defaultValue used when nothing is set; {@code null} for none (a secret has none)
 * @param description  one line for the README and {@code /openapi.json}
 */
public record ConfigKey(String name, boolean required, boolean secret, String defaultValue, String description) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("config key must be UPPER_SNAKE_CASE: " + name);
        }
        if (secret && defaultValue != null) {
            throw new IllegalArgumentException("a secret config key cannot have a default: " + name);
        }
    }

    /** A required secret, such as an API secret. */
    public static ConfigKey secret(String name, String description) {
        return new ConfigKey(name, true, true, null, description);
    }

    /** A secret the plugin can run without (public data still works). */
    public static ConfigKey optionalSecret(String name, String description) {
        return new ConfigKey(name, false, true, null, description);
    }

    /** A plain value with a default. */
    public static ConfigKey withDefault(String name, String defaultValue, String description) {
        return new ConfigKey(name, false, false, Objects.requireNonNull(defaultValue, "defaultValue"), description);
    }

    /** A plain value that must be set. */
    public static ConfigKey required(String name, String description) {
        return new ConfigKey(name, true, false, null, description);
    }

    public Optional<String> defaultValueOptional() {
        return Optional.ofNullable(defaultValue);
    }
}
