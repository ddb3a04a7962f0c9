package io.cerbero.mcp.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one source of configuration: environment variables over a {@code .env} file. Immutable.
 * Blank values count as unset, so {@code FOO=} in a {@code .env} never shadows a default.
 */
public final class ConfigSource {
    private final Map<String, String> values;

    private ConfigSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static ConfigSource of(Map<String, String> values) {
        Map<String, String> nonBlank = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                nonBlank.put(k, v.trim());
            }
        });
        return new ConfigSource(nonBlank);
    }

    /** The real environment wins over the {@code .env} file, which is optional; a blank variable does not win. */
    public static ConfigSource load(Map<String, String> environment, Path dotEnv) {
        Map<String, String> merged = new HashMap<>();
        if (Files.isRegularFile(dotEnv)) {
            try {
                merged.putAll(DotEnvParser.parse(Files.readString(dotEnv)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dotEnv, e);
            }
        }
        // a blank variable counts as unset, so it must not hide the .env value (compose passes FOO= for unset FOO)
        environment.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(k, v);
            }
        });
        return of(merged);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Every variable name set (for checks of name families such as {@code CACHE_TTL_*}); never the values. */
    public java.util.Set<String> names() {
        return values.keySet();
    }

    /** Variable names only: values may be secrets. */
    @Override
    public String toString() {
        return "ConfigSource" + values.keySet();
    }
}
