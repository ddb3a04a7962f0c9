package io.cerbero.mcp.core.registry

import io.cerbero.mcp.core.spi.Spi
import io.cerbero.mcp.core.testing.TestPluginJars
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * The SPI version a plugin was compiled against is read from its jar's manifest (the host's default
 * spiVersion() could only ever echo the host's own version), and a plugin built against a newer SPI is refused.
 */
class SpiVersionSpec extends Specification {

    @TempDir
    Path dir

    List<DiscoveredPlugin> discovered = []

    def cleanup() {
        discovered*.classLoader().findAll { it instanceof PluginClassLoader }*.close()
    }

    /** The echo plugin in a jar whose manifest says it was built against {@code version}. */
    List<DiscoveredPlugin> echoBuiltAgainst(String version) {
        Path jar = TestPluginJars.build(dir.resolve('echo.jar'), EchoPlugin)
        if (version != null) {
            TestPluginJars.withManifest(jar, [(SpiVersion.MANIFEST_ATTRIBUTE): version])
        }
        discovered = PluginDiscovery.inDirectory(dir, SpiVersionSpec.classLoader)
        discovered
    }

    def 'the build records the same SPI version as the code: the root pom property equals Spi.VERSION'() {
        expect:
        System.getProperty('cerbero.spi.version') == String.valueOf(Spi.VERSION)
    }

    def 'a jar built against a newer SPI is refused at startup with one line naming the jar, both versions and the fix'() {
        given:
        def found = echoBuiltAgainst(String.valueOf(Spi.VERSION + 1))

        when:
        PluginRegistry.of(found)

        then:
        def e = thrown(PluginLoadException)
        !e.message.contains('\n')
        e.message.contains("plugin 'echo'")
        e.message.contains(dir.resolve('echo.jar').toString())
        e.message.contains("built for SPI version ${Spi.VERSION + 1} (jar manifest Cerbero-Spi-Version)")
        e.message.contains("this host runs SPI version ${Spi.VERSION}")
        e.message.contains('upgrade the gateway')
    }

    def 'a jar built against this SPI is accepted, and the registry says where the version came from'() {
        given:
        def found = echoBuiltAgainst(String.valueOf(Spi.VERSION))

        when:
        def registered = PluginRegistry.of(found).plugin('echo').orElseThrow()

        then:
        registered.spiVersion() == new SpiVersion(Spi.VERSION, SpiVersion.Source.MANIFEST)
    }

    def 'a jar built against an SPI below the oldest supported one is refused, asking for a rebuild'() {
        given:
        def found = echoBuiltAgainst(String.valueOf(Spi.OLDEST_SUPPORTED - 1))

        when:
        PluginRegistry.of(found)

        then:
        def e = thrown(PluginLoadException)
        e.message.contains("built for SPI version ${Spi.OLDEST_SUPPORTED - 1}")
        e.message.contains('rebuild the plugin against this core')
    }

    def 'the rule: versions from the oldest supported up to this host\'s run, newer ones do not'() {
        expect:
        new SpiVersion(version, SpiVersion.Source.MANIFEST).runsOnThisHost() == runs

        where:
        version                  || runs
        Spi.OLDEST_SUPPORTED     || true
        Spi.VERSION              || true
        Spi.VERSION + 1          || false
        Spi.OLDEST_SUPPORTED - 1 || false
    }

    def 'a malformed manifest entry is refused naming the jar'() {
        given:
        Path jar = TestPluginJars.build(dir.resolve('echo.jar'), EchoPlugin)
        TestPluginJars.withManifest(jar, [(SpiVersion.MANIFEST_ATTRIBUTE): 'one'])

        when:
        discovered = PluginDiscovery.inDirectory(dir, SpiVersionSpec.classLoader)

        then:
        def e = thrown(PluginLoadException)
        e.message.contains('echo.jar')
        e.message.contains("malformed Cerbero-Spi-Version manifest entry 'one'")
    }

    def 'a jar without the entry is accepted as unrecorded, assumed to be this host\'s version'() {
        when:
        def found = echoBuiltAgainst(null)

        then:
        found[0].spiVersion() == new SpiVersion(Spi.VERSION, SpiVersion.Source.UNRECORDED)
        PluginRegistry.of(found).plugins().size() == 1
    }

    def 'a plugin that overrides spiVersion() is believed: the constant was inlined when the plugin was compiled'() {
        given:
        def plugin = new TinyPlugin(pluginName: 'tiny', spi: Spi.VERSION + 3, toolList: [TinyTool.read('get_ticker')])

        expect:
        SpiVersion.of(plugin) == new SpiVersion(Spi.VERSION + 3, SpiVersion.Source.PLUGIN)
    }

    def 'the default spiVersion() is not evidence: a plugin on a classes folder is unrecorded'() {
        expect:
        SpiVersion.of(new EchoPlugin()).source() == SpiVersion.Source.UNRECORDED
    }
}
