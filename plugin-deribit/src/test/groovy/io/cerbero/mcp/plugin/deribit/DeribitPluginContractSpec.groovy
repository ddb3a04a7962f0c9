package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.testing.ExchangePluginContract

/** The plugin contract test kit, run against Deribit. */
class DeribitPluginContractSpec extends ExchangePluginContract {

    @Override
    Map<String, String> credentials() {
        [DERIBIT_CLIENT_ID: 'tck-deribit-id-3e91', DERIBIT_CLIENT_SECRET: 'tck-deribit-secret-a7c04d']
    }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_ticker', body: '{"symbol":"BTC-PERPETUAL"}'] }

    @Override
    String routingStubBody() { DeribitVenue.body('ticker_btc_perpetual') }

    /** Reads are GETs; public/auth is a POST (the secret stays out of URLs) that changes nothing at the venue. */
    @Override
    boolean isReadRequest(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
        request.method.value() == 'GET' || request.url.startsWith('/public/')
    }

    /** Market data the host may cache; account and WRITE tools are never among them. */
    @Override
    Set<String> cachedTools() {
        ['get_ticker', 'get_orderbook', 'get_orderbook_imbalance', 'get_index_price', 'get_instruments',
         'get_funding_rate', 'get_ohlcv', 'get_technical_indicators', 'get_realized_vol', 'get_dvol',
         'get_iv_rank', 'get_gex', 'get_dealer_gamma_profile', 'get_vanna_charm', 'get_put_call_ratio',
         'get_oi_weighted_skew', 'get_skew_25d', 'get_smile_asymmetry', 'get_atm_vs_wings_vol',
         'get_term_structure', 'find_by_delta', 'calculate_spread_payoff'] as Set
    }
}
