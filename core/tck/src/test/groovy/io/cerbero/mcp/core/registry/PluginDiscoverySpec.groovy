package io.cerbero.mcp.core.registry

import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.testing.TestPluginJars
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.util.jar.JarEntry
import java.util.jar.JarOutputStream

class PluginDiscoverySpec extends Specification {

    @TempDir
    Path dir

    ClassLoader hostLoader = PluginDiscoverySpec.classLoader
    List<DiscoveredPlugin> discovered = []

    def cleanup() {
        discovered*.classLoader().findAll { it instanceof PluginClassLoader }*.close()
    }

    List<DiscoveredPlugin> discover(Path directory = dir) {
        discovered = PluginDiscovery.inDirectory(directory, hostLoader)
        discovered
    }

    static Path jarWithout(Path jar, Map<String, String> entries) {
        Files.newOutputStream(jar).withCloseable { out ->
            new JarOutputStream(out).withCloseable { jos ->
                entries.each { name, text ->
                    jos.putNextEntry(new JarEntry(name))
                    jos.write(text.getBytes('UTF-8'))
                    jos.closeEntry()
                }
            }
        }
        jar
    }

    def 'a plugin jar in the directory is found with its own PluginClassLoader'() {
        given:
        Path jar = TestPluginJars.build(dir.resolve('echo.jar'), EchoPlugin)

        when:
        def found = discover()

        then:
        found.size() == 1
        found[0].plugin().name() == 'echo'
        found[0].source() == jar.toString()
        found[0].classLoader() instanceof PluginClassLoader
        found[0].plugin().class.classLoader.is(found[0].classLoader())

        and: 'the plugin class comes from the jar, not from the test class path'
        found[0].plugin().class.name == EchoPlugin.name
        !found[0].plugin().class.is(EchoPlugin)

        and: 'but the SPI interface is the host\'s own Class object'
        found[0].classLoader().loadClass(ExchangePlugin.name).is(ExchangePlugin)
        found[0].plugin() instanceof ExchangePlugin
    }

    def 'a plugin found in a jar registers and opens a session like a built-in one'() {
        given:
        TestPluginJars.build(dir.resolve('echo.jar'), EchoPlugin)
        def registered = PluginRegistry.of(discover()).plugin('echo').orElseThrow()

        expect:
        registered.tools()*.name() == ['get_ticker', 'submit_order', 'explode']
        registered.classLoader() instanceof PluginClassLoader
    }

    def 'a folder of jars is one plugin with one class loader over all its jars'() {
        given: 'the plugin jar and a library jar side by side in one folder'
        Path folder = Files.createDirectory(dir.resolve('echo-plugin'))
        TestPluginJars.build(folder.resolve('echo.jar'), EchoPlugin)
        jarWithout(folder.resolve('lib-extra.jar'), ['extra/info.txt': 'from the library jar'])
        Files.writeString(folder.resolve('README.txt'), 'not a jar')

        when:
        def found = discover()

        then:
        found.size() == 1
        found[0].source() == folder.toString()
        def loader = found[0].classLoader() as PluginClassLoader
        loader.URLs*.path.collect { it.tokenize('/').last() } as Set == ['echo.jar', 'lib-extra.jar'] as Set
        loader.getResource('extra/info.txt').text == 'from the library jar'
    }

    def 'two plugins get two separate class loaders'() {
        given:
        TestPluginJars.build(dir.resolve('a-echo.jar'), EchoPlugin)
        TestPluginJars.build(dir.resolve('b-echo.jar'), EchoPlugin)

        when:
        def found = discover()

        then:
        found*.source() == [dir.resolve('a-echo.jar').toString(), dir.resolve('b-echo.jar').toString()]
        !found[0].classLoader().is(found[1].classLoader())
        !found[0].plugin().class.is(found[1].plugin().class)

        when: 'both are registered'
        PluginRegistry.of(found)

        then: 'their common name is refused, naming both jars'
        def e = thrown(PluginLoadException)
        e.message.contains('a-echo.jar') && e.message.contains('b-echo.jar')
    }

    def 'a jar without a services file is refused, saying what to add'() {
        given:
        jarWithout(dir.resolve('empty.jar'), ['readme.txt': 'no plugin here'])

        when:
        discover()

        then:
        def e = thrown(PluginLoadException)
        e.message.contains('empty.jar')
        e.message.contains('META-INF/services/io.cerbero.mcp.core.spi.ExchangePlugin')
    }

    def 'a services file naming a missing class is refused with the jar named'() {
        given:
        jarWithout(dir.resolve('broken.jar'),
                ['META-INF/services/io.cerbero.mcp.core.spi.ExchangePlugin': 'com.example.NoSuchPlugin\n'])

        when:
        discover()

        then:
        def e = thrown(PluginLoadException)
        e.message.contains('broken.jar')
    }

    def 'built-in plugins are found on the class path with source classpath'() {
        when:
        def found = PluginDiscovery.onClassPath(hostLoader)

        then:
        found*.plugin()*.name() == ['echo']
        found[0].source() == 'classpath'
        found[0].plugin().class.is(EchoPlugin)
        found[0].classLoader().is(hostLoader)
    }

    def 'a missing plugins directory means no plugins'() {
        expect:
        discover(dir.resolve('does-not-exist')) == []
    }

    def 'files that are neither jars nor folders are ignored'() {
        given:
        Files.writeString(dir.resolve('notes.txt'), 'hello')
        Files.createDirectory(dir.resolve('empty-folder'))

        expect:
        discover() == []
    }

    def 'from inside the plugin loader, #className is shared with the host'() {
        given:
        TestPluginJars.build(dir.resolve('echo.jar'), EchoPlugin)
        def loader = discover()[0].classLoader()

        expect:
        loader.loadClass(className).is(hostLoader.loadClass(className))

        where:
        className << ['io.cerbero.mcp.core.spi.ExchangePlugin',
                      'io.cerbero.mcp.core.spi.ToolException',
                      'io.cerbero.mcp.core.model.Ticker',
                      'io.cerbero.mcp.core.trading.OrderPipeline',
                      'com.fasterxml.jackson.databind.ObjectMapper',
                      'com.fasterxml.jackson.databind.JsonNode',
                      'io.swagger.v3.oas.annotations.media.Schema',
                      'java.lang.String']
    }

    def 'from inside the plugin loader, #className is not visible'() {
        given:
        TestPluginJars.build(dir.resolve('echo.jar'), EchoPlugin)
        def loader = discover()[0].classLoader()

        when:
        loader.loadClass(className)

        then:
        thrown(ClassNotFoundException)

        where:
        className << ['org.slf4j.Logger',
                      'spock.lang.Specification',
                      'groovy.lang.GroovyObject',
                      'io.github.resilience4j.retry.Retry',
                      'com.github.tomakehurst.wiremock.WireMockServer']
    }

    def 'the host services file on the class path does not leak into a dropped-in plugin'() {
        given: 'the test class path itself registers EchoPlugin'
        TestPluginJars.build(dir.resolve('echo.jar'), EchoPlugin)

        expect: 'the jar yields exactly its own one plugin'
        discover().size() == 1
    }
}
