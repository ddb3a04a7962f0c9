package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.Environment;

import java.util.Objects;

/** Identifies one session: a plugin in one environment. */
public record SessionKey(String plugin, Environment environment) {
    public SessionKey {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(environment, "environment");
    }

    @Override
    public String toString() {
        return plugin + "/" + environment.id();
    }
}
