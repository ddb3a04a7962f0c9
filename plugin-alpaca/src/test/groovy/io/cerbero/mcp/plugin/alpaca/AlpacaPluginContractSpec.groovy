package io.cerbero.mcp.plugin.alpaca

import io.cerbero.mcp.core.testing.ExchangePluginContract

/** The plugin contract test kit, run against Alpaca (the probe is a trading-API call: the data host is shared). */
class AlpacaPluginContractSpec extends ExchangePluginContract {

    @Override
    Map<String, String> credentials() {
        [ALPACA_API_KEY_ID: 'tck-alpaca-key-5e1f0b', ALPACA_SECRET_KEY: 'tck-alpaca-secret-77d3a2']
    }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_clock', body: '{}'] }

    @Override
    String routingStubBody() { AlpacaVenue.body('clock') }

    /** Market data the host may cache; account and WRITE tools are never among them. */
    @Override
    Set<String> cachedTools() {
        ['get_ticker', 'get_snapshot', 'get_ohlcv', 'get_technical_indicators', 'get_option_chain', 'get_clock'] as Set
    }
}
