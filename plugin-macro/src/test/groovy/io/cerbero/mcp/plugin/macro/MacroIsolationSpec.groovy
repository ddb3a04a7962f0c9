package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.registry.PluginClassLoader
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.PluginUnderTest
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Clock
import java.time.ZoneOffset

/**
 * As a dropped-in jar the plugin runs in its own class loader, which shares only the SPI and Jackson with the host:
 * the plugin kit and Hipparchus (the positioning statistics) must travel with the plugin.
 */
class MacroIsolationSpec extends Specification {

    @Shared @AutoCleanup('stop') MacroSources sources = new MacroSources().started()

    def setup() {
        sources.reset()
        sources.cot('gpe5-46if', 'tff_13874A_40w')
    }

    def 'with the kit and Hipparchus beside it, an isolated plugin ranks positioning like the built-in one'() {
        given:
        def loader = isolatedLoader(PluginUnderTest.kitLibraries(MacroIsolationSpec.classLoader))
        def plugin = ServiceLoader.load(ExchangePlugin, loader).find { it.name() == 'macro' }
        def h = new PluginHarness(plugin, sources.config(), Clock.fixed(PluginHarness.NOW, ZoneOffset.UTC), loader)

        when:
        def b = h.call(Environment.TESTNET, 'macro', 'get_cot_extreme_positioning',
                '{"market_code":"13874A","lookback_weeks":40}').body()

        then:
        plugin.class.classLoader.is(loader)
        b.path('extremes')*.asText().contains('leveraged_funds')

        cleanup:
        h?.close()
        loader?.close()
    }

    def 'without Hipparchus the isolated plugin cannot rank: the jar must ship it'() {
        given:
        def loader = isolatedLoader([])

        def of = loader.loadClass('io.cerbero.mcp.plugin.macro.tools.PositioningStats').getDeclaredMethod('of', List)
        of.accessible = true

        when:
        of.invoke(null, [1d, 2d, 3d])

        then:
        def e = thrown(java.lang.reflect.InvocationTargetException)
        e.cause instanceof NoClassDefFoundError

        cleanup:
        loader?.close()
    }

    private static PluginClassLoader isolatedLoader(List<URL> libraries) {
        URL classes = MacroPlugin.protectionDomain.codeSource.location
        new PluginClassLoader('spec:macro', ([classes] + libraries) as URL[], MacroIsolationSpec.classLoader)
    }
}
