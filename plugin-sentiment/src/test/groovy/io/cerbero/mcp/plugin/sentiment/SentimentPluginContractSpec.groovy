package io.cerbero.mcp.plugin.sentiment

import com.github.tomakehurst.wiremock.verification.LoggedRequest
import io.cerbero.mcp.core.testing.ExchangePluginContract

/**
 * The plugin contract test kit, run against the sentiment plugin: an empty config prefix and only shared upstreams
 * (no testnet), so the kit names its stub pair after the plugin and expects testnet calls on the one shared host.
 */
class SentimentPluginContractSpec extends ExchangePluginContract {

    @Override
    Map<String, String> credentials() {
        [CRYPTOPANIC_KEY: 'tck-cryptopanic-token-3e9a1c', LUNARCRUSH_KEY: 'tck-lunarcrush-key-b71d04',
         COINDESK_KEY   : 'tck-coindesk-key-5f20aa']
    }

    /** Every stub request answers Deribit's ticker, so a Deribit-only funding call succeeds. */
    @Override
    Map<String, String> routingProbe() {
        [tool: 'get_funding_multi_exchange', body: '{"currency":"BTC","venues":["deribit"]}']
    }

    @Override
    String routingStubBody() { SentimentSources.body('deribit', 'ticker_btc_perpetual') }

    /** Hyperliquid reads with {@code POST /info}; every other source reads with GET. */
    @Override
    boolean isReadRequest(LoggedRequest request) {
        request.method.value() == 'GET' || (request.method.value() == 'POST' && request.url == '/info')
    }

    /** Market data the host may cache; account and WRITE tools are never among them. */
    @Override
    Set<String> cachedTools() {
        ['get_news', 'get_social_metrics', 'get_funding_multi_exchange', 'get_funding_arb_spread',
         'get_oi_history', 'get_liquidation_heatmap', 'get_cointegration_pairs'] as Set
    }
}
