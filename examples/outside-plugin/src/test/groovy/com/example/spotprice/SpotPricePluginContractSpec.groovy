package com.example.spotprice

import io.cerbero.mcp.core.testing.ExchangePluginContract

/**
 * The gateway's conformance suite, run against this plugin. The TCK finds the plugin from META-INF/services by
 * itself; the spec only says how to reach the venue.
 */
class SpotPricePluginContractSpec extends ExchangePluginContract {

    @Override
    Map<String, String> credentials() { [:] }

    @Override
    Map<String, String> routingProbe() { [tool: 'get_spot_price', body: '{"pair":"BTC-USD"}'] }

    @Override
    String routingStubBody() { '{"data":{"amount":"91234.56","base":"BTC","currency":"USD"}}' }
}
