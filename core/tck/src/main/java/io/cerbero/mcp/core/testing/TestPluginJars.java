package io.cerbero.mcp.core.testing;

import io.cerbero.mcp.core.spi.ExchangePlugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Packs compiled classes into a plugin jar at test time, to exercise the isolated plugin class loader. */
public final class TestPluginJars {
    private TestPluginJars() {
    }

    /**
     * Writes a jar holding every class under {@code pluginClass}'s package (from its compiled classes directory)
     * and a services file naming it.
     */
    public static Path build(Path jar, Class<? extends ExchangePlugin<?>> pluginClass) throws IOException {
        Path location = classesRoot(pluginClass);
        if (Files.isRegularFile(location)) {
            try (FileSystem zip = FileSystems.newFileSystem(location)) {
                return write(jar, pluginClass, zip.getPath("/"));
            }
        }
        return write(jar, pluginClass, location);
    }

    /**
     * Rewrites a jar with a manifest holding these main attributes, as the build's jar plugin does (for instance
     * {@code Cerbero-Spi-Version}, to pose as a plugin compiled against another SPI).
     */
    public static Path withManifest(Path jar, java.util.Map<String, String> attributes) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (java.util.jar.JarFile source = new java.util.jar.JarFile(jar.toFile());
             JarOutputStream jos = new JarOutputStream(Files.newOutputStream(rewritten), manifest)) {
            for (JarEntry entry : java.util.Collections.list(source.entries())) {
                if (entry.getName().equalsIgnoreCase(java.util.jar.JarFile.MANIFEST_NAME)) {
                    continue;
                }
                jos.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(jos);
                }
                jos.closeEntry();
            }
        }
        return Files.move(rewritten, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path write(Path jar, Class<?> pluginClass, Path classesRoot) throws IOException {
        String packagePath = pluginClass.getPackageName().replace('.', '/');
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classesRoot.resolve(packagePath))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = classesRoot.relativize(file).toString().replace('\\', '/');
                jos.putNextEntry(new JarEntry(name));
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(jos);
                }
                jos.closeEntry();
            }
            jos.putNextEntry(new JarEntry("META-INF/services/" + ExchangePlugin.class.getName()));
            jos.write((pluginClass.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            jos.closeEntry();
        }
        return jar;
    }

    private static Path classesRoot(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
