package io.cerbero.mcp.core.registry

import io.cerbero.mcp.core.spi.ExchangePlugin
import spock.lang.Specification

import java.nio.file.FileSystems
import java.nio.file.Files
import java.nio.file.Path

/** The plugin class loader shares exactly the cerbero-spi artifact with the host: no host internal leaks in. */
class SharedPackagesSpec extends Specification {

    def 'the cerbero packages a plugin shares with the host are exactly those of the SPI artifact'() {
        given:
        Set<String> spiPackages = packagesOf(Path.of(ExchangePlugin.protectionDomain.codeSource.location.toURI()))
        Set<String> shared = PluginClassLoader.SHARED_PACKAGES.findAll { it.startsWith('io.cerbero.') } as Set

        expect:
        shared == spiPackages.collect { it + '.' } as Set
    }

    def 'host internals and the plugin kit are not shared'() {
        expect:
        !PluginClassLoader.isShared(className)

        where:
        className << ['io.cerbero.mcp.core.invoke.ToolInvoker', 'io.cerbero.mcp.core.registry.PluginRegistry',
                      'io.cerbero.mcp.core.audit.JsonlAuditStore', 'io.cerbero.mcp.core.upstream.HttpTransport',
                      'io.cerbero.mcp.core.analytics.options.Black76', 'io.cerbero.mcp.core.support.FanOut']
    }

    /** Top-level packages below io/cerbero/mcp/core that hold classes, in a classes folder or a jar. */
    private static Set<String> packagesOf(Path location) {
        if (Files.isRegularFile(location)) {
            try (def zip = FileSystems.newFileSystem(location)) {
                return packagesBelow(zip.getPath('/'))
            }
        }
        packagesBelow(location)
    }

    private static Set<String> packagesBelow(Path root) {
        Path core = root.resolve('io/cerbero/mcp/core')
        Files.list(core).withCloseable { dirs ->
            dirs.filter { Files.isDirectory(it) }
                    .collect { 'io.cerbero.mcp.core.' + it.fileName.toString().replace('/', '') } as Set
        }
    }
}
