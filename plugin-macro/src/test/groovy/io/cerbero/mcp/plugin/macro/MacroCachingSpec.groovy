package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.MutableClock
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * Daily and weekly data is served from the session's cache for MACRO_CACHE_TTL_SECONDS, quotes and the calendar
 * for MACRO_INTRADAY_TTL_SECONDS, so repeated calls do not spend the providers' rate limits; every answer says
 * when its data was fetched. Time moves only on the spec's clock.
 */
class MacroCachingSpec extends Specification {

    @Shared @AutoCleanup('stop') MacroSources sources = new MacroSources().started()
    MutableClock clock = new MutableClock(PluginHarness.NOW)
    @AutoCleanup PluginHarness h

    def setup() {
        sources.reset()
        h = sources.harness(sources.config(), clock)
    }

    def call(String tool, String body, Environment environment = Environment.TESTNET) {
        h.call(environment, 'macro', tool, body).body()
    }

    def 'a repeated FRED call within the cache time costs no request and says when its data was fetched'() {
        given:
        sources.fred('DGS10', 'DGS10_newest_first')

        when:
        def first = call('get_fred_series', '{"series_id":"DGS10"}')
        clock.advance(Duration.ofMinutes(59))
        def second = call('get_fred_series', '{"series_id":"DGS10"}')

        then:
        sources.requests('/fred').size() == 1
        first.path('fetched_at').asText() == '2025-01-02T10:00:00Z'
        second.path('fetched_at').asText() == '2025-01-02T10:00:00Z'
        second.path('observations') == first.path('observations')
    }

    def 'after the cache time FRED is asked again'() {
        given:
        sources.fred('DGS10', 'DGS10_newest_first')

        when:
        call('get_fred_series', '{"series_id":"DGS10","end":"2024-05-31"}')
        clock.advance(Duration.ofHours(1))
        def again = call('get_fred_series', '{"series_id":"DGS10","end":"2024-05-31"}')

        then:
        sources.requests('/fred').size() == 2
        again.path('fetched_at').asText() == '2025-01-02T11:00:00Z'
    }

    def 'the curve is cached per series: a second curve on the same date costs nothing, another date costs eleven'() {
        given:
        sources.fredCurve()

        when:
        call('get_treasury_yields', '{"date":"2024-05-31"}')
        call('get_treasury_yields', '{"date":"2024-05-31"}')

        then:
        sources.requests('/fred').size() == 11

        when:
        call('get_treasury_yields', '{"date":"2024-05-30"}')

        then:
        sources.requests('/fred').size() == 22
    }

    def 'quotes are cached for the intraday time only'() {
        given:
        sources.quote('SPY')

        when:
        call('get_asset_prices', '{"symbols":["SPY"]}')
        clock.advance(Duration.ofSeconds(29))
        call('get_asset_prices', '{"symbols":["SPY"]}')

        then:
        sources.requests('/api/v1/quote').size() == 1

        when:
        clock.advance(Duration.ofSeconds(1))
        call('get_asset_prices', '{"symbols":["SPY"]}')

        then:
        sources.requests('/api/v1/quote').size() == 2
    }

    def 'COT rows are cached per market, dataset and number of weeks'() {
        given:
        sources.cot('gpe5-46if', 'tff_133741')

        when:
        call('get_cot_tff', '{"market_code":"133741","weeks":12}')
        call('get_cot_tff', '{"market_code":"133741","weeks":12}')
        call('get_cot_tff', '{"market_code":"133741","weeks":4}')

        then:
        sources.requests('/resource').size() == 2
    }

    def 'a failed call is not cached: the next call asks the provider again and succeeds'() {
        given: 'FRED fails once with a 400, then answers'
        sources.live.stubFor(get(urlPathEqualTo('/fred/series/observations')).inScenario('flaky')
                .whenScenarioStateIs('Started').willSetStateTo('fixed').atPriority(2)
                .withQueryParam('series_id', equalTo('DGS10'))
                .willReturn(MacroSources.json(MacroSources.body('fred/error_no_series'), 400)))
        sources.live.stubFor(get(urlPathEqualTo('/fred/series/observations')).inScenario('flaky')
                .whenScenarioStateIs('fixed').atPriority(2)
                .withQueryParam('series_id', equalTo('DGS10'))
                .willReturn(MacroSources.json(MacroSources.body('fred/DGS10_newest_first'))))

        when:
        call('get_fred_series', '{"series_id":"DGS10"}')

        then:
        thrown(ToolException)

        when:
        def b = call('get_fred_series', '{"series_id":"DGS10"}')

        then:
        b.path('observations').size() > 0
        sources.requests('/fred').size() == 2
    }

    def 'a provider outage is not cached either'() {
        given:
        sources.live.stubFor(get(urlPathEqualTo('/api/v1/quote')).inScenario('down')
                .whenScenarioStateIs('Started').willSetStateTo('up')
                .willReturn(aResponse().withStatus(429)))
        sources.live.stubFor(get(urlPathEqualTo('/api/v1/quote')).inScenario('down')
                .whenScenarioStateIs('up').willReturn(MacroSources.json(MacroSources.body('finnhub/quote_SPY'))))

        when:
        call('get_asset_prices', '{"symbols":["SPY"]}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.RATE_LIMIT

        when:
        def b = call('get_asset_prices', '{"symbols":["SPY"]}')

        then:
        b.path('quotes')[0].path('price').decimalValue() == 530.12G
    }

    def 'a cache time of 0 turns caching off'() {
        given:
        def harness = sources.harness(sources.config(MACRO_CACHE_TTL_SECONDS: '0'), clock)
        sources.fred('DGS10', 'DGS10_newest_first')

        when:
        2.times { harness.call(Environment.TESTNET, 'macro', 'get_fred_series', '{"series_id":"DGS10"}') }

        then:
        sources.requests('/fred').size() == 2

        cleanup:
        harness?.close()
    }

    def 'each environment has its own session and cache: both tokens reach the same source'() {
        given:
        sources.fred('DGS10', 'DGS10_newest_first')

        when:
        call('get_fred_series', '{"series_id":"DGS10"}', Environment.TESTNET)
        call('get_fred_series', '{"series_id":"DGS10"}', Environment.MAINNET)
        call('get_fred_series', '{"series_id":"DGS10"}', Environment.MAINNET)

        then:
        sources.requests('/fred').size() == 2
        sources.requestCount(Environment.TESTNET) == 0
    }
}
