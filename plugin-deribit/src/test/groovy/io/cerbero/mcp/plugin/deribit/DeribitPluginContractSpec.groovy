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
}
