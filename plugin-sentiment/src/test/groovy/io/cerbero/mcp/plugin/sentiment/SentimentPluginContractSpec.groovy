package io.cerbero.mcp.plugin.sentiment

import com.github.tomakehurst.wiremock.verification.LoggedRequest
import io.cerbero.mcp.core.spi.ExchangePlugin
import io.cerbero.mcp.core.testing.ExchangePluginContract
import spock.lang.Ignore

/**
 * The plugin contract test kit, run against the sentiment plugin.
 *
 * <p>Ignored until core's TCK can host this plugin; nothing here needs to change then. Three things in
 * {@code ExchangePluginContract} assume a trading plugin: (1) its {@code @Shared VenuePair} is named after
 * {@code configPrefix()}, which is empty here (the provider keys keep their own names), and {@code VenuePair('')}
 * throws; (2) the routing and isolated-loader features expect a testnet call on the testnet server, while a plugin
 * whose upstreams are all {@code Upstream.shared} reaches the one shared URL from both environments, which
 * {@code stubConfig} points at the live server; (3) "every WRITE tool is audited" ends its {@code expect:} block on
 * the (empty) list of WRITE tools, which Spock reads as a false condition for a read-only plugin. Run against a TCK
 * patched for all three, this spec passes (see the module README, "Known gaps").
 */
@Ignore('core TCK cannot host a plugin with an empty config prefix and only shared upstreams yet; see README')
class SentimentPluginContractSpec extends ExchangePluginContract {

    @Override
    ExchangePlugin newPlugin() { new SentimentPlugin() }

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
}
