package io.cerbero.mcp.core.tck

import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.testing.ExchangePluginContract
import io.cerbero.mcp.testplugin.leaky.LeakyPlugin

/**
 * The kit run against a plugin that leaks its key, crashes and fails its routing probe. Not a *Spec: surefire never
 * runs it on its own; {@link ContractGoesRedSpec} runs it and expects it to fail.
 */
class LeakingPluginContract extends ExchangePluginContract {
    static final String KEY = 'leaky-key-0b7d15'

    @Override
    ExchangePlugin newPlugin() { JarLoadedPlugins.load(LeakyPlugin) }

    @Override
    Map<String, String> credentials() { [LEAKY_API_KEY: KEY] }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_price', body: '{"symbol":"BTC-PERP"}'] }

    @Override
    String routingStubBody() { '{}' }
}
