package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** DVOL, IV rank, realized volatility and technical indicators: venue series in, core analytics out. */
class DeribitVolatilityToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'deribit', tool, body).body()
    }

    def 'get_dvol asks DVOL with a resolution in seconds and returns bars oldest first'() {
        given:
        venue.get('public/get_volatility_index_data', 'volatility_index_btc', [currency: 'BTC', resolution: '3600'])

        when:
        def d = call('get_dvol', '{"currency":"BTC","resolution":"1h","limit":40}')
        def sent = venue.calls('public/get_volatility_index_data')[0].request

        then:
        d.path('bars').size() == 40
        d.path('bars')[0].path('time').asText() < d.path('bars')[39].path('time').asText()
        d.path('latest').decimalValue() == d.path('bars')[39].path('close').decimalValue()
        sent.queryParameter('start_timestamp').firstValue() == String.valueOf(1735812000000L - 40 * 3600000L)
    }

    def 'get_iv_rank ranks the latest DVOL close within the lookback of daily closes'() {
        given:
        venue.get('public/get_volatility_index_data', 'volatility_index_btc', [currency: 'BTC', resolution: '1D'])

        when:
        def r = call('get_iv_rank', '{"currency":"BTC","lookback_days":30}')
        def closes = new groovy.json.JsonSlurper().parseText(DeribitVenue.body('volatility_index_btc')).result.data
                .collect { it[4] as BigDecimal }.takeRight(30)

        then:
        r.path('observations').asInt() == 30
        r.path('current').decimalValue() == closes.last()
        r.path('min').decimalValue() == closes.min()
        r.path('max').decimalValue() == closes.max()
        r.path('iv_rank').doubleValue() == Math.round(100 * (closes.last() - closes.min()) / (closes.max() - closes.min()) * 1e9) / 1e9
    }

    def 'get_realized_vol leaves the forming candle out and annualises over 365 days'() {
        given:
        venue.get('public/get_tradingview_chart_data', 'chart_btc_perpetual_1h', [instrument_name: 'BTC-PERPETUAL'])

        when:
        def v = call('get_realized_vol', '{"symbol":"BTC-PERPETUAL","interval":"1h","bars":59}')
        def closes = new groovy.json.JsonSlurper().parseText(DeribitVenue.body('chart_btc_perpetual_1h')).result.close
                .collect { it as double }.take(59)
        def returns = (1..<closes.size()).collect { Math.log(closes[it] / closes[it - 1]) }
        def mean = returns.sum() / returns.size()
        def expected = Math.sqrt(returns.collect { (it - mean) ** 2 }.sum() / (returns.size() - 1) * 365 * 24)

        then:
        v.path('bars').asInt() == 59
        Math.abs(v.path('close_to_close').doubleValue() - expected) < 1e-9
        v.path('parkinson').doubleValue() > 0
    }

    def 'get_technical_indicators computes the unified indicators on the last closed candle'() {
        given:
        venue.get('public/get_tradingview_chart_data', 'chart_btc_perpetual_1h', [instrument_name: 'BTC-PERPETUAL'])

        when:
        def t = call('get_technical_indicators', '{"symbol":"BTC-PERPETUAL","interval":"1h","limit":60}')
        def closes = new groovy.json.JsonSlurper().parseText(DeribitVenue.body('chart_btc_perpetual_1h')).result.close
                .collect { it as BigDecimal }

        then: 'the last of the 60 stub bars is the forming one'
        t.path('bars').asInt() == 59
        !t.path('forming').asBoolean()
        t.path('close').decimalValue() == closes[58]
        Math.abs(t.path('sma').path('value').doubleValue() - (closes[39..58].sum() / 20) as double) < 1e-6
        t.path('rsi').path('period').asInt() == 14
    }
}
