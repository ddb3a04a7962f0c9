package io.cerbero.mcp.core.tck

import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.testing.ExchangePluginContract
import io.cerbero.mcp.testplugin.keyless.KeylessPlugin

/** The kit accepts a read-only plugin that declares no secret at all (public data needs no key). */
class KeylessPluginContractSpec extends ExchangePluginContract {

    @Override
    ExchangePlugin newPlugin() { JarLoadedPlugins.load(KeylessPlugin) }

    @Override
    Map<String, String> credentials() { [:] }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_price', body: '{"symbol":"BTC-PERP"}'] }

    @Override
    String routingStubBody() { '{"price":"101.5"}' }
}
