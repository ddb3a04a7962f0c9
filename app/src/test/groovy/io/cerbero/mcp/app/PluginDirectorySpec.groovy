package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.registry.PluginLoadException
import io.cerbero.mcp.core.testing.TestPluginJars
import io.cerbero.mcp.testplugin.EchoPlugin
import io.cerbero.mcp.testplugin.dropin.DropInPlugin
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

import static com.github.tomakehurst.wiremock.client.WireMock.*

/** Plugins dropped into PLUGINS_DIR are mounted, documented and callable like built-in ones. */
class PluginDirectorySpec extends Specification {

    @TempDir Path plugins

    def 'a plugin jar in a folder of PLUGINS_DIR is mounted, documented and callable through its own class loader'() {
        given:
        TestPluginJars.build(plugins.resolve('dropin').resolve('dropin-plugin.jar'), DropInPlugin)
        def gw = new GatewayFixture([PLUGINS_DIR: plugins.toString()])
        gw.testnet.stubFor(get('/ping').willReturn(ok('pong')))

        when:
        def doc = gw.read(gw.get('/openapi.json'))
        def response = gw.post('/mcp-dropin/tools/ping', '{}')
        def body = gw.read(response)

        then:
        doc.paths.has('/mcp-dropin/tools/ping')
        doc.tags*.get('name')*.asText().containsAll(['dropin', 'echo'])
        response.statusCode() == 200
        body.pong.asBoolean()
        body.loader.asText() == 'plugin:dropin'
        body.upstream_status.asText() == '200'
        gw.testnet.allServeEvents.size() == 1

        cleanup:
        gw?.close()
    }

    def 'a single plugin jar directly in PLUGINS_DIR works too'() {
        given:
        TestPluginJars.build(plugins.resolve('dropin.jar'), DropInPlugin)
        def gw = new GatewayFixture([PLUGINS_DIR: plugins.toString()])
        gw.testnet.stubFor(get('/ping').willReturn(ok('pong')))

        expect:
        gw.read(gw.post('/mcp-dropin/tools/ping', '{}')).loader.asText() == 'plugin:dropin.jar'

        cleanup:
        gw?.close()
    }

    def 'a dropped-in plugin with the name of a built-in one stops the start with one clear line'() {
        given:
        TestPluginJars.build(plugins.resolve('echo-copy.jar'), EchoPlugin)

        when:
        new GatewayFixture([PLUGINS_DIR: plugins.toString()])

        then:
        def e = thrown(Exception)
        def root = rootCause(e)
        root instanceof PluginLoadException
        root.message.startsWith("duplicate plugin name 'echo': classpath and ")
        root.message.contains('echo-copy.jar')
    }

    def 'a jar without a plugin service stops the start'() {
        given:
        def jar = plugins.resolve('empty.jar')
        new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar)).close()

        when:
        new GatewayFixture([PLUGINS_DIR: plugins.toString()])

        then:
        def e = thrown(Exception)
        rootCause(e) instanceof PluginLoadException
        rootCause(e).message.contains('no ExchangePlugin service in')
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e
        while (t.cause != null && t.cause != t) t = t.cause
        t
    }
}
