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

    /** Market data the host may cache; account and WRITE tools are never among them. */
    @Override
    Set<String> cachedTools() {
        ['get_ticker', 'get_orderbook', 'get_orderbook_imbalance', 'get_instruments', 'get_funding_rate',
         'get_ohlcv', 'get_open_interest', 'get_basis', 'get_basis_term_structure', 'get_technical_indicators'] as Set
    }
}
