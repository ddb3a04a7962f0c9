package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The COT tools against Socrata-format stubs (flat rows, every value a string): TFF and disaggregated history,
 * the SoQL query, missing columns, and positioning extremes.
 */
class MacroCotToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') MacroSources sources = new MacroSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'macro', tool, body)
    }

    def 'get_cot_tff reads the newest weekly reports of a market and answers them oldest first, per trader class'() {
        given:
        sources.cot('gpe5-46if', 'tff_133741')

        when:
        def r = call('get_cot_tff', '{"market_code":"133741","weeks":12}')
        def b = r.body()
        def latest = b.path('reports')[-1]
        def levered = latest.path('positions').find { it.path('trader_class').asText() == 'leveraged_funds' }

        then:
        b.path('report').asText() == 'traders_in_financial_futures'
        b.path('dataset_id').asText() == 'gpe5-46if'
        b.path('market').asText() == 'BITCOIN - CHICAGO MERCANTILE EXCHANGE'
        b.path('reports').size() == 12
        b.path('reports')[0].path('report_date').asText() == '2024-02-27'
        latest.path('report_date').asText() == '2024-05-14'
        latest.path('open_interest').decimalValue() == 26000G
        latest.path('positions')*.path('trader_class')*.asText() ==
                ['dealer', 'asset_manager', 'leveraged_funds', 'other_reportables', 'non_reportables']
        levered.path('longs').decimalValue() == 4500G
        levered.path('shorts').decimalValue() == 14500G
        levered.path('net').decimalValue() == -10000G
        levered.path('net_pct_of_open_interest').decimalValue() == -38.46G
        b.path('as_of').asText() == '2024-05-14'
        b.path('coverage').path('status').asText() == 'complete'
        r.dataTimestamp().toString() == '2024-05-14T00:00:00Z'
    }

    def 'a week spelled with the _all variant of the asset manager columns is read all the same'() {
        given: 'the row of 2024-04-23 carries asset_mgr_positions_long_all / _short_all'
        sources.cot('gpe5-46if', 'tff_133741')

        when:
        def week = call('get_cot_tff', '{"market_code":"133741"}').body().path('reports')
                .find { it.path('report_date').asText() == '2024-04-23' }

        then:
        week.path('positions')[1].path('longs').decimalValue() == 8880G
        week.path('positions')[1].path('shorts').decimalValue() == 2136G
    }

    def 'the request is one SoQL query: the market code, newest first, as many rows as weeks, without a token unless set'() {
        given:
        sources.cot('gpe5-46if', 'tff_133741')

        when:
        call('get_cot_tff', '{"market_code":"133741","weeks":4}')
        def request = sources.requests('/resource')[0]

        then:
        request.request.url.startsWith('/resource/gpe5-46if.json?')
        MacroSources.query(request) == ['$where': "cftc_contract_market_code='133741'",
                                        '$order': 'report_date_as_yyyy_mm_dd DESC', '$limit': '4']
        request.request.getHeader('X-App-Token') == null
    }

    def 'CFTC_APP_TOKEN is sent as X-App-Token'() {
        given:
        def harness = sources.harness(sources.config(CFTC_APP_TOKEN: 'socrata-app-token-77'))
        sources.cot('gpe5-46if', 'tff_133741')

        when:
        harness.call(Environment.MAINNET, 'macro', 'get_cot_tff', '{"market_code":"133741"}')

        then:
        sources.requests('/resource')[0].request.getHeader('X-App-Token') == 'socrata-app-token-77'

        cleanup:
        harness?.close()
    }

    def 'combined asks the futures-and-options dataset'() {
        given:
        sources.cot('yw9f-hn96', 'tff_133741')

        when:
        def b = call('get_cot_tff', '{"market_code":"133741","combined":true}').body()

        then:
        b.path('dataset_id').asText() == 'yw9f-hn96'
        b.path('combined').asBoolean()
    }

    def 'a column missing from a row leaves that side absent and named in coverage, never zero'() {
        given:
        sources.cot('gpe5-46if', 'tff_133741_missing_column')

        when:
        def b = call('get_cot_tff', '{"market_code":"133741","weeks":1}').body()
        def levered = b.path('reports')[0].path('positions')[2]

        then:
        levered.path('longs').decimalValue() == 4500G
        !levered.has('shorts')
        !levered.has('net')
        b.path('coverage').path('status').asText() == 'partial'
        b.path('coverage').path('missing')*.path('item')*.asText() == ['2024-05-14 lev_money_positions_short']
    }

    def 'a market the CFTC does not know gives an empty answer that says so'() {
        given:
        sources.live.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo('/resource/gpe5-46if.json'))
                .willReturn(MacroSources.json('[]')))

        when:
        def b = call('get_cot_tff', '{"market_code":"999999"}').body()

        then:
        b.path('reports').size() == 0
        b.path('coverage').path('status').asText() == 'empty'
        b.path('coverage').path('missing')[0].path('reason').asText().contains('check the code')
    }

    def 'fewer weeks than asked is partial and says how many there are'() {
        given:
        sources.cot('gpe5-46if', 'tff_133741')

        when:
        def b = call('get_cot_tff', '{"market_code":"133741","weeks":20}').body()

        then:
        b.path('reports').size() == 12
        b.path('coverage').path('missing')[0].path('reason').asText() == 'asked for 20 reports, the CFTC has 12'
    }

    def 'Socrata refusing the query is UPSTREAM_REJECTED with its error code'() {
        given:
        sources.cot('gpe5-46if', 'error_soql', 400)

        when:
        call('get_cot_tff', '{"market_code":"133741"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 'query.soql.no-such-column'
        e.details().endpoint == '/resource/gpe5-46if.json'
    }

    def 'get_cot_disaggregated reads producers, swap dealers (double-underscore column) and managed money'() {
        given:
        sources.cot('72hh-3qpy', 'disaggregated_088691')

        when:
        def b = call('get_cot_disaggregated', '{"market_code":"088691","weeks":12}').body()
        def latest = b.path('reports')[-1].path('positions')

        then:
        b.path('report').asText() == 'disaggregated'
        b.path('market').asText() == 'GOLD - COMMODITY EXCHANGE INC.'
        latest*.path('trader_class')*.asText() ==
                ['producer_merchant', 'swap_dealer', 'managed_money', 'other_reportables', 'non_reportables']
        latest[1].path('shorts').decimalValue() == 190000G
        latest[1].path('net').decimalValue() == -162000G
        latest[2].path('net').decimalValue() == 167000G
        b.path('coverage').path('status').asText() == 'complete'
    }

    def 'market codes that are not CFTC codes are INVALID_INPUT and never spliced into SoQL'() {
        when:
        call(tool, body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        sources.totalRequestCount() == 0

        where:
        tool                          | body
        'get_cot_tff'                 | '{"market_code":"133741\' OR \'1\'=\'1"}'
        'get_cot_tff'                 | '{"market_code":""}'
        'get_cot_tff'                 | '{"market_code":"133741","weeks":0}'
        'get_cot_disaggregated'       | '{"market_code":"088691","weeks":521}'
        'get_cot_extreme_positioning' | '{"market_code":"13874A","lookback_weeks":10}'
        'get_cot_extreme_positioning' | '{"market_code":"13874A","extreme_percentile":50}'
        'get_cot_extreme_positioning' | '{"market_code":"13874A","extreme_percentile":100}'
        'get_cot_extreme_positioning' | '{"market_code":"13874A","z_threshold":0}'
        'get_cot_extreme_positioning' | '{"market_code":"13874A","report":"legacy"}'
    }

    def 'get_cot_extreme_positioning ranks each class\'s latest net in its history and flags the stretched ones'() {
        given: 'forty weeks of the E-mini S&P 500 in which leveraged funds get ever shorter, the latest week most of all'
        sources.cot('gpe5-46if', 'tff_13874A_40w')

        when:
        def r = call('get_cot_extreme_positioning', '{"market_code":"13874a","lookback_weeks":40}')
        def b = r.body()
        def levered = b.path('classes').find { it.path('trader_class').asText() == 'leveraged_funds' }
        def others = b.path('classes').find { it.path('trader_class').asText() == 'other_reportables' }

        then:
        b.path('market_code').asText() == '13874A'
        b.path('weeks_available').asInt() == 40
        b.path('as_of').asText() == '2024-05-14'
        levered.path('samples').asInt() == 40
        levered.path('percentile').decimalValue() == 0.0G
        levered.path('z_score').decimalValue() < -2.0G
        levered.path('extreme').asText() == 'short_extreme'
        levered.path('by_percentile').asBoolean()
        levered.path('by_z_score').asBoolean()
        levered.path('latest_net').decimalValue() == 200000G - 540000G
        levered.path('min_net').decimalValue() == levered.path('latest_net').decimalValue()

        and: 'a class that only wobbles is not flagged'
        others.path('extreme').asText() == 'none'
        b.path('extremes')*.asText().contains('leveraged_funds')
        !b.path('extremes')*.asText().contains('other_reportables')
        r.dataTimestamp().toString() == '2024-05-14T00:00:00Z'
    }

    def 'percentile and z-score are what the definitions give on a hand-checked series'() {
        when: 'latest 10 among 1..10: top of its history; mean 5.5, sample sd 3.0277'
        def stats = io.cerbero.mcp.plugin.macro.tools.PositioningStatsProbe.of((1..10).collect { it as double })

        then:
        stats.percentile == 100.0d
        Math.abs(stats.zScore - (10 - 5.5) / 3.0276503540974917d) < 1e-12
        stats.samples == 10

        when: 'ties are averaged: the latest equals two others at the bottom'
        stats = io.cerbero.mcp.plugin.macro.tools.PositioningStatsProbe.of([1d, 1d, 5d, 9d, 1d])

        then:
        stats.percentile == 25.0d
    }

    def 'too little history for a class is reported instead of ranking it'() {
        given:
        sources.cot('gpe5-46if', 'tff_133741')

        when: 'twelve weeks is more than the 8 needed, but a lookback of 26 only finds 12'
        def b = call('get_cot_extreme_positioning', '{"market_code":"133741","lookback_weeks":26}').body()

        then:
        b.path('classes').size() == 5
        b.path('coverage').path('missing')[0].path('reason').asText() == 'asked for 26 weeks of history, the CFTC has 12'
    }

    def 'a latest week without one side of a class leaves the class unranked and says why'() {
        given:
        sources.cot('gpe5-46if', 'tff_133741_missing_column')

        when:
        def b = call('get_cot_extreme_positioning', '{"market_code":"133741","lookback_weeks":26}').body()

        then: 'one week only: no class has the 8 weeks needed, leveraged funds not even its latest net'
        b.path('classes').size() == 0
        b.path('coverage').path('status').asText() == 'empty'
        b.path('coverage').path('missing').find { it.path('item').asText() == 'leveraged_funds' }
                .path('reason').asText().contains('lacks this class')
    }
}
