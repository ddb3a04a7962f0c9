package io.cerbero.mcp.core.registry;

import io.cerbero.mcp.core.spi.ExchangePlugin;
import io.cerbero.mcp.core.spi.Spi;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The SPI version a plugin was compiled against, and how the host knows it. The default method
 * {@link ExchangePlugin#spiVersion()} runs from the host's copy of the interface, so it can only ever answer the
 * host's own version; the real evidence is, in this order:
 * <ol>
 *   <li>{@link Source#MANIFEST}: the {@value #MANIFEST_ATTRIBUTE} entry of the jar holding the plugin class, which
 *       the build writes from the root pom's {@code cerbero.spi.version} property (equal to {@link Spi#VERSION});</li>
 *   <li>{@link Source#PLUGIN}: the plugin's own override of {@code spiVersion()} ({@code return Spi.VERSION;} is a
 *       compile-time constant, so the value is baked into the plugin's class file);</li>
 *   <li>{@link Source#UNRECORDED}: neither (a classes folder, or a jar built without the entry): assumed to be the
 *       host's version.</li>
 * </ol>
 *
 * @param version the SPI version the plugin says it was built against
 * @param source  where that number came from
 */
public record SpiVersion(int version, Source source) {
    /** The manifest entry of a plugin jar naming the SPI version it was compiled against. */
    public static final String MANIFEST_ATTRIBUTE = "Cerbero-Spi-Version";

    /** Where a plugin's SPI version was read. */
    public enum Source {
        MANIFEST("jar manifest " + MANIFEST_ATTRIBUTE),
        PLUGIN("the plugin's spiVersion()"),
        UNRECORDED("not recorded, assumed");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Reads the evidence for one plugin instance.
     *
     * @throws PluginLoadException when the manifest entry is present but not a number
     */
    public static SpiVersion of(ExchangePlugin<?> plugin) {
        Optional<Path> jar = jarOf(plugin.getClass());
        Optional<String> recorded = jar.flatMap(SpiVersion::manifestEntry);
        if (recorded.isPresent()) {
            try {
                return new SpiVersion(Integer.parseInt(recorded.get().trim()), Source.MANIFEST);
            } catch (NumberFormatException e) {
                throw new PluginLoadException("plugin " + plugin.getClass().getName() + " (" + jar.get()
                        + ") has a malformed " + MANIFEST_ATTRIBUTE + " manifest entry '"
                        + recorded.get().trim() + "' (expected a number)");
            }
        }
        if (overridesSpiVersion(plugin.getClass())) {
            return new SpiVersion(plugin.spiVersion(), Source.PLUGIN);
        }
        return new SpiVersion(Spi.VERSION, Source.UNRECORDED);
    }

    /**
     * The compatibility rule: a plugin runs on this host when it was built against an SPI version from
     * {@link Spi#OLDEST_SUPPORTED} up to {@link Spi#VERSION}. Newer is refused (it may call members this host does
     * not have); older is accepted, because the SPI only grows by default methods and new types.
     */
    public boolean runsOnThisHost() {
        return version >= Spi.OLDEST_SUPPORTED && version <= Spi.VERSION;
    }

    private static boolean overridesSpiVersion(Class<?> pluginClass) {
        try {
            return pluginClass.getMethod("spiVersion").getDeclaringClass() != ExchangePlugin.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Optional<String> manifestEntry(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? Optional.empty()
                    : Optional.ofNullable(manifest.getMainAttributes().getValue(new Attributes.Name(MANIFEST_ATTRIBUTE)));
        } catch (IOException e) {
            throw new PluginLoadException("cannot read the manifest of " + jar + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> jarOf(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null || !"file".equals(code.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(code.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return version + " (" + source + ")";
    }
}
