package io.cerbero.mcp.core.registry

import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.spi.Spi
import spock.lang.Specification

class PluginRegistrySpec extends Specification {

    static DiscoveredPlugin found(ExchangePlugin plugin, String source = 'classpath') {
        new DiscoveredPlugin(plugin, source, PluginRegistrySpec.classLoader)
    }

    static TinyPlugin withTools(TinyTool... tools) {
        new TinyPlugin(pluginName: 'venue', toolList: tools as List)
    }

    def 'valid plugins are registered by name with their tools indexed by name'() {
        given:
        def alpha = new TinyPlugin(pluginName: 'alpha', toolList: [TinyTool.read('get_ticker'),
                                                                   TinyTool.write('place_order', OrderWithDryRun)])
        def beta = TinyPlugin.named('beta-2')

        when:
        def registry = PluginRegistry.of([found(alpha), found(beta, '/plugins/beta.jar')])

        then:
        registry.plugins()*.name() == ['alpha', 'beta-2']
        registry.plugin('alpha').get().tools()*.name() == ['get_ticker', 'place_order']
        registry.plugin('alpha').get().tool('place_order').isPresent()
        !registry.plugin('alpha').get().tool('cancel_order').isPresent()
        registry.plugin('beta-2').get().source() == '/plugins/beta.jar'
        !registry.plugin('gamma').isPresent()
    }

    def 'a duplicate plugin name is refused, naming both sources'() {
        when:
        PluginRegistry.of([found(TinyPlugin.named('echo'), 'classpath'),
                           found(TinyPlugin.named('echo'), '/app/plugins/echo-2.jar')])

        then:
        def e = thrown(PluginLoadException)
        e.message.contains("duplicate plugin name 'echo'")
        e.message.contains('classpath')
        e.message.contains('/app/plugins/echo-2.jar')
    }

    def 'a plugin built for another SPI version is refused with a clear message'() {
        given:
        def plugin = new TinyPlugin(pluginName: 'old', spi: Spi.VERSION + 1, toolList: [TinyTool.read('get_ticker')])

        when:
        PluginRegistry.of([found(plugin, '/plugins/old.jar')])

        then:
        def e = thrown(PluginLoadException)
        e.message.contains("plugin 'old'")
        e.message.contains('/plugins/old.jar')
        e.message.contains("built for SPI version ${Spi.VERSION + 1}")
        e.message.contains("this host runs SPI version ${Spi.VERSION}")
        e.message.contains('rebuild')
    }

    def 'the plugin name #name is refused'() {
        when:
        PluginRegistry.of([found(TinyPlugin.named(name))])

        then:
        def e = thrown(PluginLoadException)
        e.message.contains('invalid name')
        e.message.contains('lowercase letters, digits and dashes')

        where:
        name << ['Echo', 'echo_x', '1echo', '-echo', '', 'a' * 33, 'echo/x', 'echo x', null]
    }

    def 'the plugin name #name is accepted'() {
        expect:
        PluginRegistry.of([found(TinyPlugin.named(name))]).plugin(name).isPresent()

        where:
        name << ['echo', 'e', 'bybit-v5', 'x1', 'a' * 32]
    }

    def 'the tool name #tool is refused because it is not snake_case'() {
        when:
        PluginRegistry.of([found(withTools(TinyTool.read(tool)))])

        then:
        def e = thrown(PluginLoadException)
        e.message.contains("plugin 'venue'")
        e.message.contains("tool name '${tool}' is not snake_case")

        where:
        tool << ['getTicker', 'get-ticker', 'Get_ticker', '_get', 'get__ticker', 'get_', '1_get', 'get ticker', '']
    }

    def 'a tool name used twice in one plugin is refused'() {
        when:
        PluginRegistry.of([found(withTools(TinyTool.read('get_ticker'), TinyTool.read('get_ticker')))])

        then:
        def e = thrown(PluginLoadException)
        e.message.contains("duplicate tool 'get_ticker'")
    }

    def 'the same tool name in two different plugins is fine'() {
        expect:
        PluginRegistry.of([found(TinyPlugin.named('alpha')), found(TinyPlugin.named('beta'))]).plugins().size() == 2
    }

    def 'a tool whose input is not a record is refused'() {
        when:
        PluginRegistry.of([found(withTools(TinyTool.read('get_ticker', PlainInput)))])

        then:
        def e = thrown(PluginLoadException)
        e.message.contains("tool 'get_ticker' input must be a record class")
    }

    def 'a WRITE tool whose input has no boolean dry_run is refused (#input.simpleName)'() {
        when:
        PluginRegistry.of([found(withTools(TinyTool.write('place_order', input)))])

        then:
        def e = thrown(PluginLoadException)
        e.message.contains("WRITE tool 'place_order'")
        e.message.contains('dry_run')

        where:
        input << [OrderWithoutDryRun, OrderWithTextDryRun]
    }

    def 'a WRITE tool with a boolean or Boolean dry_run is accepted (#input.simpleName)'() {
        expect:
        PluginRegistry.of([found(withTools(TinyTool.write('place_order', input)))]).plugins().size() == 1

        where:
        input << [OrderWithDryRun, OrderWithBoxedDryRun]
    }

    def 'a READ tool needs no dry_run'() {
        expect:
        PluginRegistry.of([found(withTools(TinyTool.read('get_ticker', OrderWithoutDryRun)))]).plugins().size() == 1
    }
}
