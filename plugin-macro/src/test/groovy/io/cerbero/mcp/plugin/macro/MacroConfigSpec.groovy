package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.registry.DiscoveredPlugin
import io.cerbero.mcp.core.registry.PluginRegistry
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * Config: the providers' own variable names (no plugin prefix), a missing key that disables only its provider's
 * tools, per-environment keys, and malformed values refused with the variable named.
 */
class MacroConfigSpec extends Specification {

    @Shared @AutoCleanup('stop') MacroSources sources = new MacroSources().started()

    def setup() {
        sources.reset()
    }

    def 'the plugin reads FRED_API_KEY, FINNHUB_API_KEY and the provider URLs under their own names'() {
        when:
        def registered = PluginRegistry.of([new DiscoveredPlugin(new MacroPlugin(), 'spec', MacroPlugin.classLoader)])
                .plugin('macro').get()

        then:
        registered.plugin().configPrefix() == ''
        registered.allConfigKeys()*.name() == ['FRED_API_KEY', 'FINNHUB_API_KEY', 'CFTC_APP_TOKEN',
                                               'MACRO_CACHE_TTL_SECONDS', 'MACRO_INTRADAY_TTL_SECONDS',
                                               'MACRO_ASSET_SYMBOLS', 'MACRO_EQUITY_FUTURES_SYMBOLS', 'FRED_URL',
                                               'FINNHUB_URL', 'CFTC_URL']
        registered.allConfigKeys().findAll { it.secret() }*.name() == ['FRED_API_KEY', 'FINNHUB_API_KEY', 'CFTC_APP_TOKEN']
        registered.allConfigKeys().find { it.name() == 'FRED_URL' }.defaultValue() == 'https://api.stlouisfed.org'
        registered.allConfigKeys().find { it.name() == 'FINNHUB_URL' }.defaultValue() == 'https://finnhub.io/api/v1'
        registered.allConfigKeys().find { it.name() == 'CFTC_URL' }.defaultValue() == 'https://publicreporting.cftc.gov'
        new MacroPlugin().upstreams().every { !it.perEnvironment }
    }

    def 'without FRED_API_KEY the FRED tools answer NOT_CONFIGURED naming it, and call nothing'() {
        given:
        def h = sources.harness(sources.urlConfig() + [FINNHUB_API_KEY: MacroSources.FINNHUB_KEY])

        when:
        h.call(Environment.TESTNET, 'macro', tool, body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.startsWith('FRED_API_KEY is not set')
        e.suggestedFix().get().contains('FRED_API_KEY_TESTNET')
        sources.totalRequestCount() == 0

        cleanup:
        h?.close()

        where:
        tool                      | body
        'get_treasury_yields'     | '{}'
        'get_fred_series'         | '{"series_id":"DGS10"}'
        'get_yield_curve_slope'   | '{}'
        'get_breakeven_inflation' | '{}'
    }

    def 'without FINNHUB_API_KEY the Finnhub tools answer NOT_CONFIGURED naming it, and call nothing'() {
        given:
        def h = sources.harness(sources.urlConfig() + [FRED_API_KEY: MacroSources.FRED_KEY])

        when:
        h.call(Environment.MAINNET, 'macro', tool, '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.startsWith('FINNHUB_API_KEY is not set')
        sources.totalRequestCount() == 0

        cleanup:
        h?.close()

        where:
        tool << ['get_asset_prices', 'get_equity_futures', 'get_economic_calendar']
    }

    def 'with no key at all the COT tools keep working'() {
        given:
        def h = sources.harness(sources.urlConfig())
        sources.cot('gpe5-46if', 'tff_133741')

        when:
        def b = h.call(Environment.TESTNET, 'macro', 'get_cot_tff', '{"market_code":"133741"}').body()

        then:
        b.path('reports').size() == 12

        cleanup:
        h?.close()
    }

    def 'a key set for one environment only serves that environment'() {
        given:
        def h = sources.harness(sources.urlConfig() + [FRED_API_KEY_LIVE: MacroSources.FRED_KEY])
        sources.fred('DGS10', 'DGS10_newest_first')

        when:
        def live = h.call(Environment.MAINNET, 'macro', 'get_fred_series', '{"series_id":"DGS10"}').body()

        then:
        live.path('observations').size() > 0
        MacroSources.query(sources.requests('/fred')[0]).api_key == MacroSources.FRED_KEY

        when:
        h.call(Environment.TESTNET, 'macro', 'get_fred_series', '{"series_id":"DGS10"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED

        cleanup:
        h?.close()
    }

    def 'a malformed #variable stops the session with NOT_CONFIGURED naming it'() {
        given:
        def h = sources.harness(sources.config((variable): value))

        when:
        h.call(Environment.TESTNET, 'macro', 'get_cot_tff', '{"market_code":"133741"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.startsWith(variable)
        sources.totalRequestCount() == 0

        cleanup:
        h?.close()

        where:
        variable                       | value
        'MACRO_CACHE_TTL_SECONDS'      | 'an hour'
        'MACRO_CACHE_TTL_SECONDS'      | '-5'
        'MACRO_INTRADAY_TTL_SECONDS'   | '99999999'
        'MACRO_ASSET_SYMBOLS'          | 'SPY,GLD;rm -rf'
        'MACRO_EQUITY_FUTURES_SYMBOLS' | (1..21).collect { "S${it}" }.join(',')
        'FRED_URL'                     | 'ftp://api.stlouisfed.org'
    }

    def 'the session and config never show a key'() {
        given:
        def h = sources.harness(sources.config(CFTC_APP_TOKEN: 'socrata-app-token-77'))
        def registered = h.registry().plugin('macro').get()

        when:
        def text = h.sessions().session(registered, Environment.TESTNET).toString()

        then:
        !text.contains(MacroSources.FRED_KEY)
        !text.contains(MacroSources.FINNHUB_KEY)
        !text.contains('socrata-app-token-77')
        text.contains('fredKey=****')

        cleanup:
        h?.close()
    }
}
