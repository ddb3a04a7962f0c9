package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.testing.ExchangePluginContract

/**
 * The plugin contract test kit, run against the macro plugin: an empty config prefix and only shared upstreams
 * (no testnet), so the kit names its stub pair after the plugin and expects testnet calls on the one shared host.
 */
class MacroPluginContractSpec extends ExchangePluginContract {

    @Override
    Map<String, String> credentials() {
        [FRED_API_KEY: 'tck0fred0key0000000000000000000a', FINNHUB_API_KEY: 'tck-finnhub-key-3e8b1f',
         CFTC_APP_TOKEN: 'tck-socrata-token-91c4']
    }

    /** The COT tools need no key, and the stub's Socrata rows are what every provider URL answers. */
    @Override
    Map<String, String> routingProbe() { [tool: 'get_cot_tff', body: '{"market_code":"133741","weeks":1}'] }

    @Override
    String routingStubBody() { MacroSources.body('cftc/tff_133741') }

    /** Market data the host may cache; account and WRITE tools are never among them. */
    @Override
    Set<String> cachedTools() {
        ['get_asset_prices', 'get_equity_futures', 'get_economic_calendar', 'get_fred_series',
         'get_treasury_yields', 'get_yield_curve_slope', 'get_breakeven_inflation', 'get_cot_tff',
         'get_cot_disaggregated', 'get_cot_extreme_positioning'] as Set
    }
}
