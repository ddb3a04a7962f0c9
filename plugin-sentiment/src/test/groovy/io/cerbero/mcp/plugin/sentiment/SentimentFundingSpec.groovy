package io.cerbero.mcp.plugin.sentiment

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.MutableClock
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

/**
 * get_funding_multi_exchange and get_funding_arb_spread against each venue's own format: every rate comes back as
 * the venue quotes it and normalised to 8 hours and a year, and one venue down or slow never fails the call.
 */
class SentimentFundingSpec extends Specification {

    @Shared @AutoCleanup('stop') SentimentSources sources = new SentimentSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    int requestsTo(String source, String path) {
        sources.requestsOf(source).count { it.request.url.startsWith("/${source}${path}") }
    }

    def call(String tool, String body, PluginHarness harness = h) {
        harness.call(Environment.MAINNET, 'sentiment', tool, body).body()
    }

    def 'each venue answers in its own format and every rate is normalised to 8 hours and annualised'() {
        given:
        sources.venuesForBtc()

        when:
        def body = call('get_funding_multi_exchange', '{"currency":"btc"}')
        def rates = body.path('rates').collectEntries { [(it.path('venue').asText()): it] }

        then: 'the coin is upper-cased and every venue answered in the order asked'
        body.path('currency').asText() == 'BTC'
        body.path('sources').path('answered')*.asText() == ['binance', 'bybit', 'okx', 'hyperliquid', 'deribit']
        body.path('sources').path('failed').isEmpty()

        and: 'Binance: lastFundingRate, 8 h because BTCUSDT is not in fundingInfo'
        rates.binance.path('symbol').asText() == 'BTCUSDT'
        rates.binance.path('funding').path('rate').decimalValue() == 0.0001G
        rates.binance.path('funding').path('interval_hours').decimalValue() == 8G
        rates.binance.path('funding').path('annualized').decimalValue() == 0.1095G
        rates.binance.path('rate8h').decimalValue() == 0.0001G
        rates.binance.path('next_funding_time').asText() == '2025-01-02T16:00:00Z'
        rates.binance.path('mark_price').decimalValue() == 96500.1G

        and: 'Bybit: fundingRate with fundingIntervalHour'
        rates.bybit.path('funding').path('rate').decimalValue() == 0.00005G
        rates.bybit.path('funding').path('annualized').decimalValue() == 0.05475G

        and: 'OKX: the interval is the gap between fundingTime and nextFundingTime'
        rates.okx.path('symbol').asText() == 'BTC-USDT-SWAP'
        rates.okx.path('funding').path('interval_hours').decimalValue() == 8G
        rates.okx.path('rate8h').decimalValue() == 0.00012G
        rates.okx.path('next_funding_time').asText() == '2025-01-02T16:00:00Z'

        and: 'Hyperliquid: an hourly rate is eight times larger per 8 hours'
        rates.hyperliquid.path('funding').path('interval_hours').decimalValue() == 1G
        rates.hyperliquid.path('rate8h').decimalValue() == 0.0001G
        rates.hyperliquid.path('funding').path('annualized').decimalValue() == 0.1095G
        rates.hyperliquid.path('next_funding_time').asText() == '2025-01-02T11:00:00Z'

        and: 'Deribit: funding_8h is already an 8-hour rate'
        rates.deribit.path('symbol').asText() == 'BTC-PERPETUAL'
        rates.deribit.path('rate8h').decimalValue() == 0.00003G
        rates.deribit.path('funding').path('annualized').decimalValue() == 0.03285G
    }

    def 'a symbol that settles every 4 hours on Binance has its rate doubled per 8 hours'() {
        given:
        sources.get('binance', '/fapi/v1/premiumIndex', 'premium_index_sol', [symbol: 'SOLUSDT'])
        sources.get('binance', '/fapi/v1/fundingInfo', 'funding_info')

        when:
        def row = call('get_funding_multi_exchange', '{"currency":"SOL","venues":["binance"]}').path('rates')[0]

        then:
        row.path('funding').path('rate').decimalValue() == 0.0002G
        row.path('funding').path('interval_hours').decimalValue() == 4G
        row.path('rate8h').decimalValue() == 0.0004G
        row.path('funding').path('annualized').decimalValue() == 0.438G
    }

    def 'Binance funding intervals are read once an hour, Hyperliquid contexts reused for two seconds'() {
        given:
        def clock = new MutableClock(PluginHarness.NOW)
        def timed = new PluginHarness(new SentimentPlugin(), sources.config(), clock, SentimentPlugin.classLoader)
        sources.venuesForBtc()
        def fetch = { timed.call(Environment.MAINNET, 'sentiment', 'get_funding_multi_exchange',
                '{"currency":"BTC","venues":["binance","hyperliquid"]}') }

        when: 'two calls one second apart'
        fetch()
        clock.advance(Duration.ofSeconds(1))
        fetch()

        then:
        requestsTo('binance', '/fapi/v1/premiumIndex') == 2
        requestsTo('binance', '/fapi/v1/fundingInfo') == 1
        requestsTo('hyperliquid', '/info') == 1

        when: 'an hour later'
        clock.advance(Duration.ofHours(1))
        fetch()

        then:
        requestsTo('binance', '/fapi/v1/fundingInfo') == 2
        requestsTo('hyperliquid', '/info') == 2

        cleanup:
        timed?.close()
    }

    def 'only the venues asked for are called'() {
        given:
        sources.venuesForBtc()

        when:
        def body = call('get_funding_multi_exchange', '{"currency":"BTC","venues":["okx","deribit"]}')

        then:
        body.path('rates')*.path('venue')*.asText() == ['okx', 'deribit']
        sources.requestsOf('binance').isEmpty()
        sources.requestsOf('bybit').isEmpty()
        sources.requestsOf('hyperliquid').isEmpty()
    }

    def 'a venue that is down is listed as failed with its error code, and the others still answer'() {
        given:
        sources.venuesForBtc()
        sources.down('okx')

        when:
        def body = call('get_funding_multi_exchange', '{"currency":"BTC"}')

        then:
        body.path('sources').path('answered')*.asText() == ['binance', 'bybit', 'hyperliquid', 'deribit']
        def failed = body.path('sources').path('failed')[0]
        failed.path('source').asText() == 'okx'
        failed.path('reason').asText() == 'UPSTREAM_ERROR'
        failed.path('retryable').asBoolean()
        body.path('rates').size() == 4
    }

    def 'a venue slower than the deadline is reported as a timeout and the call answers without it'() {
        given: 'a 300 ms deadline and a Deribit that takes 3 s'
        def quick = sources.harness([SENTIMENT_DEADLINE_MS: '300'])
        sources.venuesForBtc()
        sources.slow('deribit', 3000, '/api/v2/public/ticker', 'ticker_btc_perpetual')

        when:
        def body = call('get_funding_multi_exchange', '{"currency":"BTC"}', quick)

        then:
        body.path('rates').size() == 4
        body.path('sources').path('failed')[0].path('source').asText() == 'deribit'
        body.path('sources').path('failed')[0].path('reason').asText() == 'timeout'
        body.path('sources').path('failed')[0].path('message').asText() == 'no answer within 300 ms'

        cleanup:
        quick?.close()
    }

    def 'when every venue fails the call fails, naming each venue'() {
        given:
        sources.venueNames().each { sources.down(it) }

        when:
        call('get_funding_multi_exchange', '{"currency":"BTC","venues":["binance","bybit"]}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.message.contains('binance: UPSTREAM_ERROR')
        e.details().sources*.source == ['binance', 'bybit']
    }

    def 'the arbitrage spread goes long the lowest and short the highest annualised funding'() {
        given:
        sources.venuesForBtc()

        when:
        def body = call('get_funding_arb_spread', '{"currency":"BTC"}')

        then: 'OKX pays shorts the most, Deribit the least'
        body.path('short_venue').asText() == 'okx'
        body.path('long_venue').asText() == 'deribit'
        body.path('short_rate8h').decimalValue() == 0.00012G
        body.path('long_rate8h').decimalValue() == 0.00003G
        body.path('spread8h').decimalValue() == 0.00009G
        body.path('spread_annualized').decimalValue() == 0.09855G

        and: 'rates are listed highest annualised first'
        body.path('rates')*.path('venue')*.asText() == ['okx', 'binance', 'hyperliquid', 'bybit', 'deribit']
        !body.has('note')
    }

    def 'with fewer than two venues answering there is no spread, and a note says why'() {
        given:
        sources.venuesForBtc()
        sources.down('bybit')

        when:
        def body = call('get_funding_arb_spread', '{"currency":"BTC","venues":["binance","bybit"]}')

        then:
        !body.has('spread_annualized')
        !body.has('long_venue')
        body.path('note').asText().contains('at least two venues')
        body.path('rates').size() == 1
        body.path('sources').path('failed')[0].path('source').asText() == 'bybit'
    }

    def 'bad input is INVALID_INPUT and reaches no venue: #body'() {
        when:
        call(tool, body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        sources.live.allServeEvents.isEmpty()

        where:
        tool                          | body
        'get_funding_multi_exchange'  | '{}'
        'get_funding_multi_exchange'  | '{"currency":"BTCUSDT!"}'
        'get_funding_multi_exchange'  | '{"currency":"BTC","venues":[]}'
        'get_funding_multi_exchange'  | '{"currency":"BTC","venues":["binance","binance"]}'
        'get_funding_multi_exchange'  | '{"currency":"BTC","venues":["kraken"]}'
        'get_funding_arb_spread'      | '{"currency":"../etc"}'
    }
}
