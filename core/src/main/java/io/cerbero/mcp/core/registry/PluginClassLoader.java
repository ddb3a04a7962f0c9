package io.cerbero.mcp.core.registry;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Objects;

/**
 * One class loader per dropped-in plugin (a jar, or a folder of jars). Its parent is the platform loader, so the
 * plugin sees the JDK but not the host's classpath (no Micronaut, no Netty, no logging backend, none of core's host
 * internals); only the packages of the {@code cerbero-spi} artifact and what its signatures expose (Jackson, the
 * OpenAPI schema annotations) are delegated to the host, so {@code ExchangePlugin.class} is the same class on both
 * sides and a plugin ships its own copy of everything else, {@code cerbero-plugin-kit} included.
 */
public final class PluginClassLoader extends URLClassLoader {
    /** Whole-package prefixes the plugin shares with the host: the cerbero-spi artifact, Jackson, schema annotations. */
    static final List<String> SHARED_PACKAGES = List.of(
            "io.cerbero.mcp.core.spi.",
            "io.cerbero.mcp.core.model.",
            "io.cerbero.mcp.core.trading.",
            "io.cerbero.mcp.core.concurrent.",
            "com.fasterxml.jackson.",
            "io.swagger.v3.oas.annotations.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;

    public PluginClassLoader(String name, URL[] jars, ClassLoader host) {
        super(name, jars, ClassLoader.getPlatformClassLoader());
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    static boolean isShared(String className) {
        for (String prefix : SHARED_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
