package io.cerbero.mcp.core.tck

import io.cerbero.mcp.core.registry.PluginClassLoader
import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.testing.TestPluginJars

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.ConcurrentHashMap

/**
 * Test plugins that are not registered on the class path (so the host's own discovery never sees them), each loaded
 * once per test run from a jar of its own through a {@link PluginClassLoader}, as a dropped-in plugin would be. One
 * loader per plugin class, so every {@code newPlugin()} of a contract spec yields the same class.
 */
final class JarLoadedPlugins {
    private static final Map<Class, ClassLoader> LOADERS = new ConcurrentHashMap<>()

    private JarLoadedPlugins() {
    }

    /** A fresh instance of {@code type}'s twin from its own jar. */
    static ExchangePlugin load(Class<? extends ExchangePlugin> type) {
        ClassLoader loader = LOADERS.computeIfAbsent(type) { Class t ->
            Path dir = Files.createTempDirectory('tck-plugin')
            dir.toFile().deleteOnExit()
            Path jar = TestPluginJars.build(dir.resolve(t.simpleName + '.jar'), t)
            jar.toFile().deleteOnExit()
            new PluginClassLoader('tck:' + t.simpleName, [jar.toUri().toURL()] as URL[], JarLoadedPlugins.classLoader)
        }
        ServiceLoader.load(ExchangePlugin, loader).find { it.class.name == type.name }
    }
}
