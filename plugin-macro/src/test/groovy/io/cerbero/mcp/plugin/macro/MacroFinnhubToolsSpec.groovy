package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/** The Finnhub tools against Finnhub-format stubs: quote boards, the economic calendar, and Finnhub's errors. */
class MacroFinnhubToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') MacroSources sources = new MacroSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'macro', tool, body)
    }

    def 'get_asset_prices quotes the configured symbols, one request each, in the configured order'() {
        given:
        def harness = sources.harness(sources.config(MACRO_ASSET_SYMBOLS: 'SPY, GLD,TLT'))
        ['SPY', 'GLD', 'TLT'].each { sources.quote(it) }

        when:
        def r = harness.call(Environment.TESTNET, 'macro', 'get_asset_prices', '{}')
        def b = r.body()
        def spy = b.path('quotes')[0]

        then:
        b.path('symbols')*.asText() == ['SPY', 'GLD', 'TLT']
        b.path('symbols_from').asText() == 'config'
        b.path('quotes')*.path('symbol')*.asText() == ['SPY', 'GLD', 'TLT']
        spy.path('price').decimalValue() == 530.12G
        spy.path('change').decimalValue() == 2.05G
        spy.path('change_pct').decimalValue() == 0.3882G
        spy.path('prev_close').decimalValue() == 528.07G
        spy.path('time').asText() == '2024-05-31T20:00:00Z'
        b.path('coverage').path('status').asText() == 'complete'
        r.dataTimestamp().toString() == '2024-05-31T20:00:00Z'
        sources.requests('/api/v1/quote').size() == 3

        cleanup:
        harness?.close()
    }

    def 'the Finnhub key travels in the X-Finnhub-Token header, never in the URL'() {
        given:
        sources.quote('SPY')

        when:
        call('get_asset_prices', '{"symbols":["SPY"]}')
        def request = sources.requests('/api/v1/quote')[0].request

        then:
        request.getHeader('X-Finnhub-Token') == MacroSources.FINNHUB_KEY
        !request.url.contains(MacroSources.FINNHUB_KEY)
        request.url == '/api/v1/quote?symbol=SPY'
    }

    def 'a symbol Finnhub answers with zeros is missing with the reason, never a price of 0'() {
        given:
        sources.quote('SPY')
        sources.quote('NOPE', 'quote_unknown')

        when:
        def b = call('get_asset_prices', '{"symbols":["SPY","NOPE"]}').body()

        then:
        b.path('symbols_from').asText() == 'input'
        b.path('quotes')*.path('symbol')*.asText() == ['SPY']
        b.path('coverage').path('status').asText() == 'partial'
        b.path('coverage').path('missing')[0].path('item').asText() == 'NOPE'
        b.path('coverage').path('missing')[0].path('reason').asText().contains('zeros')
    }

    def 'only unknown symbols make an empty board'() {
        given:
        sources.quote('NOPE', 'quote_unknown')

        when:
        def b = call('get_asset_prices', '{"symbols":["NOPE"]}').body()

        then:
        b.path('quotes').size() == 0
        b.path('coverage').path('status').asText() == 'empty'
    }

    def 'get_equity_futures quotes the default proxies of ES, NQ, YM and RTY'() {
        given:
        ['SPY', 'QQQ', 'DIA', 'IWM'].each { sources.quote(it) }

        when:
        def b = call('get_equity_futures', '{}').body()

        then:
        b.path('symbols')*.asText() == ['SPY', 'QQQ', 'DIA', 'IWM']
        b.path('quotes')*.path('price')*.decimalValue() == [530.12G, 450.71G, 387.42G, 205.3G]
        b.path('source').asText() == 'Finnhub'
    }

    def 'one symbol hitting the rate limit leaves the others in the answer, marked partial'() {
        given:
        sources.quote('SPY')
        sources.live.stubFor(get(urlPathEqualTo('/api/v1/quote')).withQueryParam('symbol', equalTo('QQQ'))
                .willReturn(aResponse().withStatus(429).withHeader('Retry-After', '30')
                        .withBody('{"error":"API limit reached. Please try again later. Remaining Limit: 0"}')))

        when:
        def b = call('get_equity_futures', '{"symbols":["SPY","QQQ"]}').body()

        then:
        b.path('quotes')*.path('symbol')*.asText() == ['SPY']
        b.path('coverage').path('missing')[0].path('item').asText() == 'QQQ'
        b.path('coverage').path('missing')[0].path('reason').asText().startsWith('RATE_LIMIT')
    }

    def 'a key Finnhub refuses is UPSTREAM_REJECTED naming the variable, without the key'() {
        given:
        def harness = sources.harness(sources.config(FINNHUB_API_KEY: 'wrong-finnhub-key-000'))

        when:
        harness.call(Environment.TESTNET, 'macro', 'get_asset_prices', '{"symbols":["SPY"]}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().http_status == 401
        e.suggestedFix().get().contains('FINNHUB_API_KEY')
        !(e.message + e.details()).contains('wrong-finnhub-key-000')

        cleanup:
        harness?.close()
    }

    def 'symbols that are not Finnhub symbols are INVALID_INPUT and never sent'() {
        when:
        call('get_asset_prices', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        sources.totalRequestCount() == 0

        where:
        body << ['{"symbols":[]}', '{"symbols":["SPY&token=x"]}', '{"symbols":["a b"]}',
                 '{"symbols":[' + (1..21).collect { '"S' + it + '"' }.join(',') + ']}']
    }

    def 'get_economic_calendar keeps the country and minimum impact asked for, in time order'() {
        given:
        sources.calendar('calendar_week', [from: '2024-01-08', to: '2024-01-14'])

        when:
        def r = call('get_economic_calendar', '{"from":"2024-01-08","to":"2024-01-14","country":"us","min_impact":"medium"}')
        def b = r.body()
        def cpi = b.path('events').find { it.path('event').asText() == 'CPI YoY' }

        then:
        b.path('events')*.path('event')*.asText() == ['CPI MoM', 'CPI YoY', 'Initial Jobless Claims']
        b.path('events').every { it.path('country').asText() == 'US' }
        cpi.path('time').asText() == '2024-01-11T13:30:00Z'
        cpi.path('impact').asText() == 'high'
        cpi.path('actual').decimalValue() == 3.4G
        cpi.path('estimate').decimalValue() == 3.2G
        cpi.path('previous').decimalValue() == 3.1G
        cpi.path('unit').asText() == '%'

        and: 'a release not yet out has no actual, rather than 0'
        !b.path('events')[0].has('actual')
        b.path('provider_events').asInt() == 7
        b.path('country').asText() == 'US'
        b.path('coverage').path('status').asText() == 'complete'
        r.dataTimestamp() == PluginHarness.NOW
    }

    def 'without filters the whole window comes back, releases without an impact included'() {
        given:
        sources.calendar('calendar_week', [from: '2025-01-02', to: '2025-01-09'])

        when:
        def b = call('get_economic_calendar', '{}').body()

        then:
        b.path('from').asText() == '2025-01-02'
        b.path('to').asText() == '2025-01-09'
        b.path('min_impact').asText() == 'low'
        b.path('events').size() == 7
        b.path('events')[0].path('event').asText() == 'Consumer Credit'
        !b.path('events')[0].has('impact')
    }

    def 'an empty calendar is reported as empty'() {
        given:
        sources.calendar('calendar_empty')

        when:
        def b = call('get_economic_calendar', '{"from":"2024-01-08","to":"2024-01-09"}').body()

        then:
        b.path('events').size() == 0
        b.path('coverage').path('status').asText() == 'empty'
        b.path('coverage').path('missing')[0].path('reason').asText() ==
                'Finnhub listed no releases between 2024-01-08 and 2024-01-09'
    }

    def 'a key without the calendar in its plan gets UPSTREAM_REJECTED that says so'() {
        given:
        sources.calendar('error_403', [:], 403)

        when:
        call('get_economic_calendar', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().http_status == 403
        e.details().venue_message == "You don't have access to this resource."
        e.suggestedFix().get().contains('plan')
    }

    def 'a Finnhub body that is not JSON is UPSTREAM_ERROR'() {
        given:
        sources.live.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody('<html>maintenance</html>')))

        when:
        call('get_economic_calendar', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
    }

    def 'calendar windows that are reversed, too long or for a bad country are INVALID_INPUT'() {
        when:
        call('get_economic_calendar', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        sources.totalRequestCount() == 0

        where:
        body << ['{"from":"2024-01-10","to":"2024-01-01"}', '{"from":"2024-01-01","to":"2024-06-01"}',
                 '{"country":"USA"}', '{"country":"U1"}', '{"min_impact":"huge"}', '{"to":"2024-01-01"}']
    }
}
