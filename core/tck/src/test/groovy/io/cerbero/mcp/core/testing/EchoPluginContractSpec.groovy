package io.cerbero.mcp.core.testing

import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.testplugin.EchoPlugin

/** The kit run against the host's own test plugin, so the kit itself is exercised in core. */
class EchoPluginContractSpec extends ExchangePluginContract {

    @Override
    ExchangePlugin newPlugin() { new EchoPlugin() }

    @Override
    Map<String, String> credentials() { [ECHO_API_KEY: 'echo-secret-5f3a9c'] }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_ticker', body: '{"symbol":"BTC-PERP"}'] }

    /** explode exists to test the host's handling of a crashing plugin. */
    @Override
    Set<String> toolsThatFailOnPurpose() { ['explode'] as Set }

    @Override
    String routingStubBody() { '{"price":"101.5","venue":"stub","ts":1735812000000}' }
}
