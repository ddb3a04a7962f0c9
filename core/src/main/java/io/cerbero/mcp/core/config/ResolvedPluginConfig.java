package io.cerbero.mcp.core.config;

import io.cerbero.mcp.core.spi.ConfigKey;
import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.PluginConfig;
import io.cerbero.mcp.core.spi.Secret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plugin's declared keys resolved for one environment: {@code P_K_TESTNET} / {@code P_K_LIVE}, then
 * {@code P_K}, then the declared default. Immutable; {@code toString()} shows secrets as {@code ****}.
 */
public final class ResolvedPluginConfig implements PluginConfig {
    private final String prefix;
    private final Map<String, ConfigKey> keys;
    private final Map<String, String> values;

    private ResolvedPluginConfig(String prefix, Map<String, ConfigKey> keys, Map<String, String> values) {
        this.prefix = prefix;
        this.keys = Map.copyOf(keys);
        this.values = Map.copyOf(values);
    }

    public static ResolvedPluginConfig resolve(String prefix, List<ConfigKey> declared, Environment environment,
                                               ConfigSource source) {
        Objects.requireNonNull(prefix, "prefix");
        Map<String, ConfigKey> keys = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigKey key : declared) {
            keys.put(key.name(), key);
            String variable = prefix + key.name();
            source.get(variable + "_" + environment.configSuffix())
                    .or(() -> source.get(variable))
                    .or(key::defaultValueOptional)
                    .ifPresent(v -> values.put(key.name(), v));
        }
        return new ResolvedPluginConfig(prefix, keys, values);
    }

    @Override
    public Optional<String> get(String key) {
        ConfigKey declared = declared(key);
        if (declared.secret()) {
            throw new IllegalArgumentException(variableName(key) + " is secret: read it with secret()");
        }
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Optional<Secret> secret(String key) {
        declared(key);
        return Optional.ofNullable(values.get(key)).map(Secret::of);
    }

    @Override
    public String variableName(String key) {
        return prefix + key;
    }

    private ConfigKey declared(String key) {
        ConfigKey declared = keys.get(key);
        if (declared == null) {
            throw new IllegalArgumentException("config key not declared by the plugin: " + key);
        }
        return declared;
    }

    @Override
    public String toString() {
        return keys.values().stream()
                .map(k -> variableName(k.name()) + "=" + (k.secret() ? (values.containsKey(k.name()) ? "****" : "<unset>")
                        : values.getOrDefault(k.name(), "<unset>")))
                .collect(Collectors.joining(", ", "PluginConfig[", "]"));
    }
}
