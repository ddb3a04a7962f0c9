package io.cerbero.mcp.core.testing

import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.testplugin.broken.DryRunIgnoringPlugin

/**
 * The TCK over a plugin that sends orders during dry runs. Not a *Spec, so surefire never runs it directly:
 * {@link ContractCatchesBrokenPluginsSpec} runs it and expects it to fail.
 */
class DryRunIgnoringContract extends ExchangePluginContract {
    ExchangePlugin newPlugin() { new DryRunIgnoringPlugin() }

    Map<String, String> credentials() { [BROKEN_API_KEY: 'k-123456789'] }

    Map<String, String> routingProbe() { [tool: 'submit_order', body: '{"symbol":"X","dry_run":false}'] }

    String routingStubBody() { '{}' }
}
