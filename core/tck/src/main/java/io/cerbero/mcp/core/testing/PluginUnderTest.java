package io.cerbero.mcp.core.testing;

import io.cerbero.mcp.core.spi.ExchangePlugin;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the plugin a contract spec tests without the author naming it: the one {@link ExchangePlugin} registered
 * in {@code META-INF/services} on the test classpath (the TCK registers none of its own), and the libraries it
 * ships when it uses the plugin kit.
 */
public final class PluginUnderTest {
    /** One class of each jar the plugin kit brings along; a plugin that uses the kit ships these beside itself. */
    private static final List<String> KIT_AND_ITS_LIBRARIES = List.of(
            "io.cerbero.mcp.core.support.FanOut",
            "org.hipparchus.util.FastMath",
            "org.hipparchus.optim.BaseOptimizer",
            "org.hipparchus.stat.StatUtils",
            "com.github.benmanes.caffeine.cache.Caffeine");

    private PluginUnderTest() {
    }

    /** A fresh instance of the only plugin registered on {@code loader}'s classpath; fails naming what it found. */
    public static ExchangePlugin<?> instantiate(ClassLoader loader) {
        List<ServiceLoader.Provider<ExchangePlugin>> providers = ServiceLoader.load(ExchangePlugin.class, loader)
                .stream().toList();
        if (providers.size() != 1) {
            String found = providers.stream().map(p -> p.type().getName()).collect(Collectors.joining(", "));
            throw new IllegalStateException("the TCK tests the one plugin registered in META-INF/services on the "
                    + "test classpath, but found " + providers.size() + (found.isEmpty() ? "" : ": " + found)
                    + "; override newPlugin() in the contract spec to choose");
        }
        return providers.get(0).get();
    }

    /** Where the plugin kit and the libraries it needs live, for the plugin's isolated class loader. */
    public static List<URL> kitLibraries(ClassLoader loader) {
        List<URL> libraries = new ArrayList<>();
        for (String className : KIT_AND_ITS_LIBRARIES) {
            try {
                URL location = Class.forName(className, false, loader).getProtectionDomain().getCodeSource().getLocation();
                if (!libraries.contains(location)) {
                    libraries.add(location);
                }
            } catch (ClassNotFoundException notUsed) {
                // the plugin does not depend on the kit (or on this library of it): nothing to ship
            }
        }
        return libraries;
    }
}
