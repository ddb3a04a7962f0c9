package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/** The FRED tools against FRED-format stubs: curve, any series, slope, breakevens, and FRED's errors. */
class MacroRatesToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') MacroSources sources = new MacroSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    def call(String tool, String body, Environment environment = Environment.TESTNET) {
        h.call(environment, 'macro', tool, body)
    }

    def 'get_treasury_yields builds the 1M-30Y curve on a date from the eleven DGS series, short end first'() {
        given:
        sources.fredCurve(observation_start: '2024-05-17', observation_end: '2024-05-31', file_type: 'json',
                sort_order: 'asc', units: 'lin', api_key: MacroSources.FRED_KEY)

        when:
        def r = call('get_treasury_yields', '{"date":"2024-05-31"}')
        def b = r.body()

        then:
        b.path('points')*.path('tenor')*.asText() == ['1M', '3M', '6M', '1Y', '2Y', '3Y', '5Y', '7Y', '10Y', '20Y', '30Y']
        b.path('points')*.path('series_id')*.asText() == ['DGS1MO', 'DGS3MO', 'DGS6MO', 'DGS1', 'DGS2', 'DGS3', 'DGS5',
                                                        'DGS7', 'DGS10', 'DGS20', 'DGS30']
        b.path('points')[8].path('yield_pct').decimalValue() == 4.51G
        b.path('points')[0].path('yield_pct').decimalValue() == 5.49G
        b.path('points')[0].path('maturity_years').decimalValue() == 0.0833G
        b.path('points').every { it.path('date').asText() == '2024-05-31' }
        b.path('as_of').asText() == '2024-05-31'
        b.path('requested_date').asText() == '2024-05-31'
        b.path('coverage').path('status').asText() == 'complete'
        b.path('coverage').path('missing').size() == 0
        b.path('source').asText() == 'FRED'
        r.dataTimestamp().toString() == '2024-05-31T00:00:00Z'
        sources.requests('/fred').size() == 11
        sources.requestCount(Environment.TESTNET) == 0
    }

    def 'without a date the curve is the latest: the window ends today on the host clock'() {
        given:
        sources.fredCurve(observation_start: '2024-12-19', observation_end: '2025-01-02')

        when:
        def b = call('get_treasury_yields', '{}').body()

        then:
        b.path('points').size() == 11
        !b.has('requested_date')
    }

    def 'a date on a holiday gives each tenor its last value before it, dated so, never a zero'() {
        given: 'every series lists 2024-05-27 (Memorial Day) as "."'
        MacroSources.CURVE.each {
            sources.fred(it, 'window_ending_on_holiday', [observation_start: '2024-05-13', observation_end: '2024-05-27'])
        }

        when:
        def r = call('get_treasury_yields', '{"date":"2024-05-27"}')
        def b = r.body()

        then:
        b.path('points').size() == 11
        b.path('points').every { it.path('date').asText() == '2024-05-24' && it.path('yield_pct').decimalValue() == 4.47G }
        b.path('as_of').asText() == '2024-05-24'
        b.path('requested_date').asText() == '2024-05-27'
        b.path('coverage').path('status').asText() == 'complete'
        r.dataTimestamp().toString() == '2024-05-24T00:00:00Z'
    }

    def 'a tenor FRED has no value for and a tenor whose request failed make the curve partial, each with its reason'() {
        given:
        sources.fredCurve()
        sources.fred('DGS20', 'all_missing')
        sources.live.stubFor(get(urlPathEqualTo('/fred/series/observations')).atPriority(2)
                .withQueryParam('series_id', equalTo('DGS1MO'))
                .willReturn(MacroSources.json(MacroSources.body('fred/error_no_series'), 400)))

        when:
        def b = call('get_treasury_yields', '{"date":"2024-05-31"}').body()
        def missing = b.path('coverage').path('missing')

        then:
        b.path('points')*.path('tenor')*.asText() == ['3M', '6M', '1Y', '2Y', '3Y', '5Y', '7Y', '10Y', '30Y']
        b.path('coverage').path('status').asText() == 'partial'
        missing*.path('item')*.asText() == ['1M', '20Y']
        missing[0].path('reason').asText().startsWith('UPSTREAM_REJECTED: FRED rejected /fred/series/observations')
        missing[1].path('reason').asText() == 'FRED has no DGS20 value between 2024-05-17 and 2024-05-31'
    }

    def 'when every tenor fails the error itself is the answer: a key FRED does not know is UPSTREAM_REJECTED'() {
        given:
        def harness = sources.harness(sources.config(FRED_API_KEY: 'ffffffffffffffffffffffffffffffff'))

        when:
        harness.call(Environment.TESTNET, 'macro', 'get_treasury_yields', '{"date":"2024-05-31"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.message.contains('api_key is not registered')
        e.suggestedFix().get().contains('FRED_API_KEY')
        e.details().endpoint == '/fred/series/observations'
        e.details().http_status == 400
        !e.message.contains('ffffffff')
        !String.valueOf(e.details()).contains('ffffffff')

        cleanup:
        harness?.close()
    }

    def 'a date in the future or before FRED began is INVALID_INPUT and never reaches FRED'() {
        when:
        call('get_treasury_yields', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains(expected)
        sources.totalRequestCount() == 0

        where:
        body                   | expected
        '{"date":"2025-01-03"}' | 'in the future'
        '{"date":"1950-01-01"}' | 'on or after 1962-01-02'
        '{"date":"yesterday"}'  | 'date'
    }

    def 'get_fred_series asks FRED for the newest observations and answers them oldest first, listing holidays as missing'() {
        given:
        sources.fred('DGS10', 'DGS10_newest_first', [observation_start: '2024-01-01', observation_end: '2024-05-31',
                                                    sort_order: 'desc', limit: '10', units: 'lin', file_type: 'json'])

        when:
        def r = call('get_fred_series', '{"series_id":"dgs10","start":"2024-01-01","end":"2024-05-31","limit":10}')
        def b = r.body()

        then:
        b.path('series_id').asText() == 'DGS10'
        b.path('observations')*.path('date')*.asText() == ['2024-05-20', '2024-05-21', '2024-05-22', '2024-05-23',
                                                         '2024-05-24', '2024-05-28', '2024-05-29', '2024-05-30',
                                                         '2024-05-31']
        b.path('observations')[-1].path('value').decimalValue() == 4.51G
        b.path('available').asInt() == 108
        b.path('truncated').asBoolean()
        b.path('as_of').asText() == '2024-05-31'
        b.path('coverage').path('status').asText() == 'partial'
        b.path('coverage').path('missing')*.path('item')*.asText() == ['2024-05-27']
        b.path('units').asText() == 'lin'
        r.dataTimestamp().toString() == '2024-05-31T00:00:00Z'
    }

    def 'get_fred_series passes the units transformation and the resampling frequency to FRED'() {
        given:
        sources.fred('CPIAUCSL', 'DGS10_newest_first', [units: 'pc1', frequency: 'q'])

        when:
        def b = call('get_fred_series', '{"series_id":"CPIAUCSL","units":"pc1","frequency":"q"}').body()

        then:
        b.path('units').asText() == 'pc1'
        b.path('frequency').asText() == 'q'
        MacroSources.query(sources.requests('/fred')[0]).subMap(['observation_start', 'observation_end']) ==
                [observation_start: '2024-01-02', observation_end: '2025-01-02']
    }

    def 'an empty FRED answer is reported as empty, not as zeros'() {
        given:
        sources.fred('DGS10', 'empty')

        when:
        def b = call('get_fred_series', '{"series_id":"DGS10","start":"2024-05-17","end":"2024-05-31"}').body()

        then:
        b.path('observations').size() == 0
        b.path('coverage').path('status').asText() == 'empty'
        b.path('coverage').path('missing')[0].path('reason').asText() ==
                'FRED has no observations of DGS10 between 2024-05-17 and 2024-05-31'
        !b.has('as_of')
    }

    def 'an unknown series is UPSTREAM_REJECTED with FRED\'s message and a fix'() {
        given:
        sources.fred('NOPE', 'error_no_series', [:], 400)

        when:
        call('get_fred_series', '{"series_id":"NOPE"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_message == 'Bad Request. The series does not exist.'
        e.suggestedFix().get().contains('series id')
    }

    def 'a FRED body that is not its JSON is UPSTREAM_ERROR'() {
        given:
        sources.live.stubFor(get(urlPathEqualTo('/fred/series/observations'))
                .willReturn(aResponse().withStatus(200).withBody('<observations/>')))

        when:
        call('get_fred_series', '{"series_id":"DGS10"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
    }

    def 'get_fred_series refuses bad ids, reversed ranges and limits before calling FRED'() {
        when:
        call('get_fred_series', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        sources.totalRequestCount() == 0

        where:
        body << ['{"series_id":"DGS10&api_key=x"}', '{"series_id":""}', '{}',
                 '{"series_id":"DGS10","start":"2024-06-01","end":"2024-05-01"}',
                 '{"series_id":"DGS10","limit":0}', '{"series_id":"DGS10","limit":10001}',
                 '{"series_id":"DGS10","units":"percent"}']
    }

    def 'get_yield_curve_slope gives 2s10s and 3m10y with inversion, range and history oldest first'() {
        given:
        sources.fred('T10Y2Y', 'T10Y2Y', [observation_start: '2024-05-01', observation_end: '2024-05-31'])
        sources.fred('T10Y3M', 'T10Y3M', [observation_start: '2024-05-01', observation_end: '2024-05-31'])

        when:
        def b = call('get_yield_curve_slope', '{"lookback_days":30,"end_date":"2024-05-31"}').body()
        def twos = b.path('spreads')[0]
        def bills = b.path('spreads')[1]

        then:
        b.path('spreads')*.path('name')*.asText() == ['2s10s', '3m10y']
        twos.path('series_id').asText() == 'T10Y2Y'
        twos.path('latest').path('value').decimalValue() == -0.38G
        twos.path('latest').path('date').asText() == '2024-05-31'
        twos.path('inverted').asBoolean()
        twos.path('min').decimalValue() == -0.45G
        twos.path('days_inverted').asInt() == twos.path('history').size()
        twos.path('history')[0].path('date').asText() == '2024-05-01'
        bills.path('latest').path('value').decimalValue() == -0.95G
        b.path('as_of').asText() == '2024-05-31'
        b.path('coverage').path('status').asText() == 'complete'
    }

    def 'get_breakeven_inflation reads 5Y, 10Y and the 5y5y forward, and checks the forward against the breakevens'() {
        given:
        ['T5YIE', 'T10YIE', 'T5YIFR'].each {
            sources.fred(it, it, [observation_start: '2024-05-01', observation_end: '2024-05-31'])
        }

        when:
        def b = call('get_breakeven_inflation', '{"date":"2024-05-31","history_days":30}').body()

        then:
        b.path('five_year').path('latest').path('value').decimalValue() == 2.31G
        b.path('ten_year').path('latest').path('value').decimalValue() == 2.33G
        b.path('five_year').path('history').size() == 23

        and: 'T5YIFR has "." on the last day, so its latest value is the day before, dated so'
        b.path('five_year_five_year_forward').path('latest').path('date').asText() == '2024-05-30'

        and: '((1.0233^10 / 1.0231^5)^(1/5) - 1) x 100 on 2024-05-31'
        b.path('implied_five_year_five_year_forward').path('value').decimalValue() == 2.35G
        b.path('implied_five_year_five_year_forward').path('date').asText() == '2024-05-31'
        b.path('as_of').asText() == '2024-05-31'
    }

    def 'get_breakeven_inflation without history answers only the latest values'() {
        given:
        ['T5YIE', 'T10YIE', 'T5YIFR'].each { sources.fred(it, it, [observation_start: '2024-05-17']) }

        when:
        def b = call('get_breakeven_inflation', '{"date":"2024-05-31"}').body()

        then:
        b.path('five_year').path('history').size() == 0
        b.path('ten_year').path('latest').path('value').decimalValue() == 2.33G
    }
}
