package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.testing.ExchangePluginContract

/** The plugin contract test kit, run against Bybit. */
class BybitPluginContractSpec extends ExchangePluginContract {

    @Override
    Map<String, String> credentials() {
        [BYBIT_API_KEY: 'tck-bybit-key-4d2f9a', BYBIT_API_SECRET: 'tck-bybit-secret-8b1c7e']
    }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_ticker', body: '{"symbol":"BTCUSDT","category":"linear"}'] }

    @Override
    String routingStubBody() { BybitVenue.body('market_tickers_linear') }
}
