package io.cerbero.mcp.plugin.sentiment

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * get_oi_history and get_liquidation_heatmap: open interest in base-coin units per venue and in total, and the
 * liquidation estimate built on it.
 */
class SentimentOpenInterestSpec extends Specification {

    @Shared @AutoCleanup('stop') SentimentSources sources = new SentimentSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'sentiment', tool, body).body()
    }

    void historyStubs() {
        sources.get('binance', '/futures/data/openInterestHist', 'open_interest_hist_btc_1h',
                [symbol: 'BTCUSDT', period: '1h', limit: '3'])
        sources.get('bybit', '/v5/market/open-interest', 'open_interest_btc_1h',
                [category: 'linear', symbol: 'BTCUSDT', intervalTime: '1h', limit: '3'])
        sources.get('okx', '/api/v5/rubik/stat/contracts/open-interest-history', 'oi_history_btc_1h',
                [instId: 'BTC-USDT-SWAP', period: '1H', limit: '3'])
        sources.venuesForBtc()
    }

    def 'history comes oldest first from Binance, Bybit and OKX; Hyperliquid and Deribit give their current value'() {
        given:
        historyStubs()

        when:
        def body = call('get_oi_history', '{"currency":"BTC","interval":"1h","limit":3}')
        def series = body.path('series').collectEntries { [(it.path('venue').asText()): it] }

        then:
        body.path('unit').asText() == 'base'
        body.path('interval').asText() == '1h'

        and: 'Binance: sumOpenInterest with its USD value'
        series.binance.path('history').asBoolean()
        series.binance.path('points')*.path('time')*.asText() == ['2025-01-02T07:00:00Z', '2025-01-02T08:00:00Z', '2025-01-02T09:00:00Z']
        series.binance.path('points')*.path('open_interest')*.decimalValue() == [79000G, 79500G, 80000G]
        series.binance.path('points')[2].path('open_interest_usd').decimalValue() == 7720000000G

        and: 'Bybit: newest first on the wire, base coin, no USD'
        series.bybit.path('points')*.path('open_interest')*.decimalValue() == [54600.25G, 54800G, 55000.5G]
        !series.bybit.path('points')[0].has('open_interest_usd')

        and: 'OKX: positional rows, oiCcy as base coin'
        series.okx.path('points')*.path('open_interest')*.decimalValue() == [24800G, 24900G, 25000G]
        series.okx.path('points')[2].path('open_interest_usd').decimalValue() == 2412500000G

        and: 'Hyperliquid in coin; Deribit inverse OI converted from USD at the mark price'
        !series.hyperliquid.path('history').asBoolean()
        series.hyperliquid.path('points')[0].path('open_interest').decimalValue() == 12000.5G
        series.hyperliquid.path('points')[0].path('open_interest_usd').decimalValue() == 1158168255.00G
        series.deribit.path('points')[0].path('open_interest').decimalValue() == 12436.45747509G
        series.deribit.path('points')[0].path('open_interest_usd').decimalValue() == 1200000000G
    }

    def 'the total sums the venues with history at each time, and the current total adds every venue'() {
        given:
        historyStubs()

        when:
        def body = call('get_oi_history', '{"currency":"BTC","limit":3}')

        then:
        body.path('total')*.path('open_interest')*.decimalValue() == [158400.25G, 159200G, 160000.5G]
        body.path('total').every { it.path('complete').asBoolean() && it.path('venues').size() == 3 }
        body.path('current_total').path('open_interest').decimalValue() == 184437.45747509G
        body.path('current_total').path('venues').size() == 5
    }

    def 'a venue without history that fails leaves the history total complete; a failing history venue is listed'() {
        given:
        historyStubs()
        sources.down('bybit')

        when:
        def body = call('get_oi_history', '{"currency":"BTC","limit":3}')

        then:
        body.path('total')*.path('open_interest')*.decimalValue() == [103800G, 104400G, 105000G]
        body.path('sources').path('failed')*.path('source')*.asText() == ['bybit']
    }

    def 'the heatmap puts each tier of each side at the price where it would be liquidated'() {
        given:
        sources.venuesForBtc()

        when: 'OKX only: 2 412 500 000 USD of open interest at a mark of 96 500'
        def body = call('get_liquidation_heatmap', '''{"currency":"BTC","venues":["okx"],"bucket_pct":1,
                "range_pct":25,"maintenance_margin":0.005,
                "leverage_tiers":[{"leverage":10,"weight":0.5},{"leverage":5,"weight":0.5}]}''')
        def buckets = body.path('buckets')

        then:
        body.path('reference_price').decimalValue() == 96500G
        body.path('bucket_size').decimalValue() == 965G

        and: '5x long at 96500 × 0.805 = 77682.5, 10x long at 0.905 = 87332.5, 10x short at 1.095, 5x short at 1.195'
        buckets*.path('price_low')*.decimalValue() == [77200G, 86850G, 105185G, 114835G]
        buckets*.path('long_liquidation_usd')*.decimalValue() == [1206250000.00G, 1206250000.00G, 0G, 0G]
        buckets*.path('short_liquidation_usd')*.decimalValue() == [0G, 0G, 1206250000.00G, 1206250000.00G]
        body.path('outside_range_usd').decimalValue() == 0G
        body.path('total_open_interest_usd').decimalValue() == 2412500000G

        and: 'the assumptions are echoed with the model'
        body.path('assumptions').path('maintenance_margin').decimalValue() == 0.005G
        body.path('assumptions').path('model').asText().contains('mark × (1 − 1/L + m)')
    }

    def 'liquidations outside the range are counted apart'() {
        given:
        sources.venuesForBtc()

        when: 'a 2x long is liquidated near half the price, far outside ±10 %'
        def body = call('get_liquidation_heatmap', '''{"currency":"BTC","venues":["okx"],"range_pct":10,
                "leverage_tiers":[{"leverage":2,"weight":1}]}''')

        then:
        body.path('buckets').isEmpty()
        body.path('outside_range_usd').decimalValue() == 4825000000.00G
    }

    def 'the default heatmap weights the reference price by open interest across venues'() {
        given:
        sources.venuesForBtc()

        when:
        def body = call('get_liquidation_heatmap', '{"currency":"BTC"}')

        then:
        body.path('venues').size() == 5
        body.path('reference_price').decimalValue() > 96490G
        body.path('reference_price').decimalValue() < 96510G
        body.path('assumptions').path('leverage_tiers').size() == 6
        !body.path('buckets').isEmpty()
    }

    def 'a Bybit ticker without openInterestValue is valued at its mark price'() {
        given:
        sources.getBody('bybit', '/v5/market/tickers', '''{"retCode":0,"retMsg":"OK","time":1735811998800,
                "result":{"category":"linear","list":[{"symbol":"BTCUSDT","markPrice":"100000","openInterest":"2.5",
                "openInterestValue":"","fundingRate":"0.0001","fundingIntervalHour":"8"}]}}''')

        when:
        def venue = call('get_liquidation_heatmap', '{"currency":"BTC","venues":["bybit"]}').path('venues')[0]

        then:
        venue.path('open_interest').decimalValue() == 2.5G
        venue.path('open_interest_usd').decimalValue() == 250000G
    }

    def 'impossible model inputs are INVALID_INPUT: #why'() {
        when:
        call('get_liquidation_heatmap', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        sources.live.allServeEvents.isEmpty()

        where:
        why                                  | body
        'weights above 1'                    | '{"currency":"BTC","leverage_tiers":[{"leverage":5,"weight":0.7},{"leverage":10,"weight":0.4}]}'
        'liquidated at entry'                | '{"currency":"BTC","leverage_tiers":[{"leverage":200,"weight":1}],"maintenance_margin":0.005}'
        'leverage below 1'                   | '{"currency":"BTC","leverage_tiers":[{"leverage":0.5,"weight":1}]}'
        'zero weight'                        | '{"currency":"BTC","leverage_tiers":[{"leverage":5,"weight":0}]}'
        'no tiers'                           | '{"currency":"BTC","leverage_tiers":[]}'
        'bucket too small'                   | '{"currency":"BTC","bucket_pct":0.001}'
        'range too wide'                     | '{"currency":"BTC","range_pct":90}'
    }

    def 'an unknown or too long history request is INVALID_INPUT: #body'() {
        when:
        call('get_oi_history', body)

        then:
        thrown(ToolException)
        sources.live.allServeEvents.isEmpty()

        where:
        body << ['{"currency":"BTC","interval":"2h"}', '{"currency":"BTC","limit":101}', '{"currency":"BTC","limit":0}']
    }
}
