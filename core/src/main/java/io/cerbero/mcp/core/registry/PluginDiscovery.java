package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.ExchangePlugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds plugins with {@link ServiceLoader}: the built-in ones on the host class path, and one isolated
 * {@link PluginClassLoader} per entry of the plugins directory (a {@code .jar}, or a folder of jars).
 */
public final class PluginDiscovery {
    private PluginDiscovery() {
    }

    /** Plugins visible to the given loader (the app's class path). */
    public static List<DiscoveredPlugin> onClassPath(ClassLoader loader) {
        return load(loader, "classpath");
    }

    /**
     * Plugins dropped into {@code directory}; a missing directory has none.
     *
     * @throws PluginLoadException when an entry holds no plugin or cannot be read
     */
    public static List<DiscoveredPlugin> inDirectory(Path directory, ClassLoader host) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<DiscoveredPlugin> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                List<URL> jars = jarsOf(entry);
                if (jars.isEmpty()) {
                    continue;
                }
                PluginClassLoader loader = new PluginClassLoader("plugin:" + entry.getFileName(),
                        jars.toArray(URL[]::new), host);
                List<DiscoveredPlugin> inEntry = load(loader, entry.toString());
                if (inEntry.isEmpty()) {
                    throw new PluginLoadException("no ExchangePlugin service in " + entry
                            + " (add META-INF/services/" + ExchangePlugin.class.getName() + ")");
                }
                found.addAll(inEntry);
            }
        } catch (IOException e) {
            throw new PluginLoadException("cannot read plugins directory " + directory + ": " + e.getMessage(), e);
        }
        return found;
    }

    private static List<URL> jarsOf(Path entry) throws IOException {
        if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            return List.of(toUrl(entry));
        }
        if (!Files.isDirectory(entry)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(entry)) {
            List<URL> urls = new ArrayList<>();
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(toUrl(jar));
            }
            return urls;
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginLoadException("bad plugin path " + path, e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<DiscoveredPlugin> load(ClassLoader loader, String source) {
        List<DiscoveredPlugin> found = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            for (ExchangePlugin plugin : ServiceLoader.load(ExchangePlugin.class, loader)) {
                found.add(new DiscoveredPlugin(plugin, source, loader));
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginLoadException("cannot instantiate a plugin from " + source + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return found;
    }
}
