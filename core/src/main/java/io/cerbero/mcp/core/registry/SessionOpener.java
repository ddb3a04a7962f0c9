package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.Environment;
import io.cerbero.mcp.core.spi.PluginSession;

/** Builds the session of one (plugin, environment); called by {@link SessionRegistry} at most once per key at a time. */
@FunctionalInterface
public interface SessionOpener {
    PluginSession open(RegisteredPlugin plugin, Environment environment);
}
