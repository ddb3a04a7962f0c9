package io.cerbero.mcp.app.cache

import com.github.tomakehurst.wiremock.client.WireMock
import io.cerbero.mcp.core.cache.CacheCounters
import io.cerbero.mcp.core.cache.CacheStatus
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.VenuePair
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.util.concurrent.PollingConditions

import java.time.Duration
import java.util.concurrent.CompletableFuture

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * The market-data cache through HTTP: Bybit's get_ticker (operator override: fresh for 10 s, stale for 1 min more)
 * against a WireMock venue, with the clock moved by hand. Each feature uses its own bot tags, as the inbound
 * limits (20 calls a second per bot) never refill on a clock that stands still.
 */
class MarketCacheSpec extends Specification {
    static final String BTC = '{"symbol":"BTCUSDT"}'
    static final String TICKER = '/mcp-bybit/tools/get_ticker'
    static final String MAINNET_TOKEN = 'mainnet-token-9876543210'

    @Shared
    @AutoCleanup
    CachingGateway gw = new CachingGateway([
            CACHE_TTL_BYBIT_GET_TICKER      : '10s',
            CACHE_MAX_STALE_BYBIT_GET_TICKER: '1m',
            RATE_LIMIT_PER_BOT              : '20',
            RATE_LIMIT_PER_TOKEN            : '100000'])

    def setup() {
        gw.bybit.reset()
        [Environment.TESTNET, Environment.MAINNET].each {
            gw.bybit.server(it).stubFor(WireMock.get(urlPathEqualTo('/v5/market/time')).willReturn(VenuePair.jsonResponse(
                    '{"retCode":0,"retMsg":"OK","result":{"timeSecond":"1735812000","timeNano":"1735812000000000000"},"retExtInfo":{},"time":1735812000000}')))
        }
        // a new minute per feature: nothing a previous feature stored is fresh any more
        gw.clock.advance(Duration.ofMinutes(5))
    }

    def 'eight bots asking for the same ticker at once make one venue call and share its answer'() {
        given: 'a venue that takes half a second to answer'
        gw.ticker(Environment.TESTNET, '100050.00', 200, 500)

        when:
        def answers = (1..8).collect { gw.postAsync(TICKER, BTC, "fleet-bot-${it}") }*.join()

        then:
        gw.tickerCalls(Environment.TESTNET) == 1
        answers.every { it.statusCode() == 200 && gw.read(it).path('last').decimalValue() == 100050.00G }
        answers.count { it.headers().firstValue('X-Cache').get() == 'miss' } == 1
        answers.count { it.headers().firstValue('X-Cache').get() == 'coalesced' } >= 1
        answers.every { it.headers().firstValue('X-Cache').get() in ['miss', 'coalesced', 'hit'] }

        and: 'each bot gets its own request id in the body'
        answers.every { gw.read(it).path('request_id').asText() == it.headers().firstValue('X-Request-Id').get() }
        answers.collect { gw.read(it).path('request_id').asText() }.toSet().size() == 8
    }

    def 'a cached answer is a hit until the freshness runs out on the clock; data_timestamp stays the venue time'() {
        given:
        gw.ticker(Environment.TESTNET, '100050.00')

        when:
        def first = gw.post(TICKER, BTC, 'expiry-bot')
        gw.clock.advance(Duration.ofSeconds(7))
        def second = gw.post(TICKER, '{ "category": "linear", "symbol": "BTCUSDT" }', 'expiry-bot')

        then: 'the same input spelled another way is the same entry'
        first.headers().firstValue('X-Cache').get() == 'miss'
        first.headers().firstValue('Age').get() == '0'
        second.headers().firstValue('X-Cache').get() == 'hit'
        second.headers().firstValue('Age').get() == '7'
        gw.read(second).path('data_timestamp').asText() == '2025-01-02T09:59:59Z'
        second.headers().firstValue('X-Data-Timestamp').get() == '2025-01-02T09:59:59Z'
        gw.tickerCalls(Environment.TESTNET) == 1

        when: 'past ten seconds'
        gw.clock.advance(Duration.ofSeconds(4))
        def third = gw.post(TICKER, BTC, 'expiry-bot')

        then:
        third.headers().firstValue('X-Cache').get() == 'miss'
        gw.tickerCalls(Environment.TESTNET) == 2
    }

    def 'a testnet answer is never served to a mainnet caller'() {
        given:
        gw.ticker(Environment.TESTNET, '111.00')
        gw.ticker(Environment.MAINNET, '222.00')

        when:
        def testnet = gw.post(TICKER, BTC, 'env-bot')
        def mainnet = gw.post(TICKER, BTC, 'env-bot', [:], MAINNET_TOKEN)

        then:
        gw.read(testnet).path('last').decimalValue() == 111.00G
        gw.read(mainnet).path('last').decimalValue() == 222.00G
        mainnet.headers().firstValue('X-Cache').get() == 'miss'
        gw.tickerCalls(Environment.TESTNET) == 1
        gw.tickerCalls(Environment.MAINNET) == 1
    }

    def 'Cache-Control: no-cache asks the venue again'() {
        given:
        gw.ticker(Environment.TESTNET, '100.00')
        gw.post(TICKER, BTC, 'fresh-bot')
        gw.ticker(Environment.TESTNET, '101.00')

        when:
        def fresh = gw.post(TICKER, BTC, 'fresh-bot', ['Cache-Control': 'no-cache'])
        def cached = gw.post(TICKER, BTC, 'fresh-bot')

        then:
        fresh.headers().firstValue('X-Cache').get() == 'miss'
        gw.read(fresh).path('last').decimalValue() == 101.00G
        gw.tickerCalls(Environment.TESTNET) == 2

        and: 'the fresh answer replaced the stored one'
        cached.headers().firstValue('X-Cache').get() == 'hit'
        gw.read(cached).path('last').decimalValue() == 101.00G
    }

    def 'when the venue fails, the last answer is served as stale within the declared maximum staleness'() {
        given:
        gw.ticker(Environment.TESTNET, '100.00')
        gw.post(TICKER, BTC, 'stale-bot')
        gw.tickerServerError(Environment.TESTNET)

        when: 'past the freshness, within the staleness'
        gw.clock.advance(Duration.ofSeconds(40))
        def stale = gw.post(TICKER, BTC, 'stale-bot')

        then:
        stale.statusCode() == 200
        stale.headers().firstValue('X-Cache').get() == 'stale'
        stale.headers().firstValue('Age').get() == '40'
        gw.read(stale).path('last').decimalValue() == 100.00G

        when: 'past the staleness too'
        gw.clock.advance(Duration.ofSeconds(31))
        def failed = gw.post(TICKER, BTC, 'stale-bot')

        then:
        failed.statusCode() == 502
        gw.read(failed).path('error').path('code').asText() == 'UPSTREAM_ERROR'
        !failed.headers().firstValue('X-Cache').present
    }

    def 'an error is not cached: the next call goes to the venue'() {
        given:
        gw.tickerServerError(Environment.TESTNET)

        when:
        def failed = gw.post(TICKER, BTC, 'error-bot')
        gw.ticker(Environment.TESTNET, '100.00')
        def next = gw.post(TICKER, BTC, 'error-bot')

        then:
        failed.statusCode() == 502
        next.statusCode() == 200
        next.headers().firstValue('X-Cache').get() == 'miss'
        gw.tickerCalls(Environment.TESTNET) == 2
    }

    def 'an account tool is not cached: every call reaches the venue and carries no X-Cache'() {
        given:
        gw.bybit.testnet.stubFor(WireMock.get(urlPathEqualTo('/v5/position/list')).willReturn(VenuePair.jsonResponse(
                '{"retCode":0,"retMsg":"OK","result":{"list":[],"nextPageCursor":"","category":"linear"},"retExtInfo":{},"time":1735811999000}')))

        when:
        def answers = (1..2).collect { gw.post('/mcp-bybit/tools/get_positions', '{"category":"linear","symbol":"BTCUSDT"}', 'account-bot') }

        then:
        answers.every { it.statusCode() == 200 && !it.headers().firstValue('X-Cache').present }
        gw.bybit.requests(Environment.TESTNET).count { it.request.url.startsWith('/v5/position/list') } == 2
    }

    def 'a WRITE tool is not cached: two identical dry runs both run and carry no X-Cache'() {
        when:
        def answers = (1..2).collect {
            gw.post('/mcp-bybit/tools/set_leverage', '{"category":"linear","symbol":"BTCUSDT","leverage":"2","dry_run":true}', 'write-bot')
        }

        then:
        answers.every { !it.headers().firstValue('X-Cache').present }
        answers*.statusCode().toSet().size() == 1
        gw.read(answers[0]).path('request_id').asText() != gw.read(answers[1]).path('request_id').asText()
    }

    def 'one bot hammering a tool gets 429 RATE_LIMIT with Retry-After while another bot keeps being answered'() {
        given:
        gw.ticker(Environment.TESTNET, '100.00')
        def counters = gw.context.getBean(CacheCounters)

        when:
        def hammer = (1..25).collect { gw.post(TICKER, BTC, 'runaway-bot') }
        def calm = (1..5).collect { gw.post(TICKER, BTC, 'calm-bot') }

        then:
        hammer.count { it.statusCode() == 200 } == 20
        def refused = hammer.findAll { it.statusCode() == 429 }
        refused.size() == 5
        refused.every { gw.read(it).path('error').path('code').asText() == 'RATE_LIMIT' }
        refused.every { it.headers().firstValue('Retry-After').get() == '1' }
        calm.every { it.statusCode() == 200 }
        counters.refusals('runaway-bot', 'bot') == 5
        counters.refusals('calm-bot', 'bot') == 0

        and: 'cache hits never reached the venue'
        gw.tickerCalls(Environment.TESTNET) == 1
        counters.answers('bybit', 'get_ticker', CacheStatus.HIT) >= 24
    }

    def 'the refused bot is admitted again once its bucket refills on the clock'() {
        given:
        gw.ticker(Environment.TESTNET, '100.00')
        (1..20).each { gw.post(TICKER, BTC, 'refill-bot') }

        expect:
        gw.post(TICKER, BTC, 'refill-bot').statusCode() == 429

        when:
        gw.clock.advance(Duration.ofMillis(100))

        then: 'two calls earned in a tenth of a second at 20 a second'
        gw.post(TICKER, BTC, 'refill-bot').statusCode() == 200
        gw.post(TICKER, BTC, 'refill-bot').statusCode() == 200
        gw.post(TICKER, BTC, 'refill-bot').statusCode() == 429
    }

    def 'instruments (a blocking tool, on the worker path) are cached by their own declaration'() {
        given:
        gw.bybit.testnet.stubFor(WireMock.get(urlPathEqualTo('/v5/market/instruments-info')).willReturn(VenuePair.jsonResponse(
                '{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[{"symbol":"BTCUSDT","contractType":"LinearPerpetual","status":"Trading","baseCoin":"BTC","quoteCoin":"USDT","settleCoin":"USDT","priceFilter":{"minPrice":"0.10","maxPrice":"199999.80","tickSize":"0.10"},"lotSizeFilter":{"maxOrderQty":"100.000","minOrderQty":"0.001","qtyStep":"0.001","minNotionalValue":"5"},"leverageFilter":{"minLeverage":"1","maxLeverage":"100.00","leverageStep":"0.01"}}],"nextPageCursor":""},"retExtInfo":{},"time":1735811999000}')))

        when:
        def first = gw.post('/mcp-bybit/tools/get_instruments', '{"category":"linear","symbol":"BTCUSDT"}', 'instruments-bot')
        gw.clock.advance(Duration.ofMinutes(4))
        def second = gw.post('/mcp-bybit/tools/get_instruments', '{"category":"linear","symbol":"BTCUSDT"}', 'instruments-bot')

        then:
        first.statusCode() == 200
        first.headers().firstValue('X-Cache').get() == 'miss'
        second.headers().firstValue('X-Cache').get() == 'hit'
        second.headers().firstValue('Age').get() == '240'
        gw.bybit.requests(Environment.TESTNET).count { it.request.url.startsWith('/v5/market/instruments-info') } == 1
    }

    def 'a hit within the last venue call\'s duration of expiry is answered at once and refreshes the entry in the background'() {
        given: 'the first venue call takes 600 ms on the host clock (moved while the venue holds its answer)'
        gw.ticker(Environment.TESTNET, '100.00', 200, 1500)
        def first = CompletableFuture.supplyAsync { gw.post(TICKER, BTC, 'refresh-bot') }
        new PollingConditions(timeout: 10).eventually { assert gw.tickerCalls(Environment.TESTNET) == 1 }
        gw.clock.advance(Duration.ofMillis(600))
        first.join()
        gw.ticker(Environment.TESTNET, '101.00')

        when: 'nine and a half of the ten seconds have passed: the refresh is due 600 ms before expiry'
        gw.clock.advance(Duration.ofMillis(9500))
        def hit = gw.post(TICKER, BTC, 'refresh-bot')

        then: 'the caller gets the held answer without waiting, and one venue call replaces it'
        hit.headers().firstValue('X-Cache').get() == 'hit'
        gw.read(hit).path('last').decimalValue() == 100.00G
        int poll = 0
        new PollingConditions(timeout: 10).eventually {
            assert gw.post(TICKER, BTC, "refresh-poll-${poll++}").headers().firstValue('Age').get() == '0'
        }
        gw.tickerCalls(Environment.TESTNET) == 2
        gw.context.getBean(CacheCounters).refreshes('bybit', 'get_ticker') >= 1
        gw.get('/metrics', MAINNET_TOKEN).body() =~ /mcp_cache_refreshes_total\{[^}]*plugin="bybit"[^}]*tool="get_ticker"[^}]*\} [1-9]/

        when: 'the old entry would have expired by now; the refreshed one is still fresh'
        gw.clock.advance(Duration.ofSeconds(1))
        def after = gw.post(TICKER, BTC, 'refresh-bot')

        then:
        after.headers().firstValue('X-Cache').get() == 'hit'
        gw.read(after).path('last').decimalValue() == 101.00G
        gw.tickerCalls(Environment.TESTNET) == 2
    }

    def '/metrics shows answers by plugin, tool and X-Cache status, and inbound refusals per bot'() {
        given:
        gw.ticker(Environment.TESTNET, '100.00')
        (1..21).each { gw.post(TICKER, BTC, 'metered-bot') }

        when:
        def text = gw.get('/metrics', MAINNET_TOKEN).body()

        then:
        text =~ /mcp_cache_answers_total\{[^}]*plugin="bybit"[^}]*status="miss"[^}]*tool="get_ticker"[^}]*\} \d/
        text =~ /mcp_cache_answers_total\{[^}]*plugin="bybit"[^}]*status="hit"[^}]*tool="get_ticker"[^}]*\} \d/
        text =~ /mcp_inbound_refusals_total\{[^}]*bot="metered-bot"[^}]*limit="bot"[^}]*\} 1(\.0)?/
    }

    def "an unknown symbol's rejection is answered again for a few seconds without a venue call; a testnet one never reaches mainnet"() {
        given: 'a venue that lists no such symbol'
        [Environment.TESTNET, Environment.MAINNET].each {
            gw.bybit.server(it).stubFor(WireMock.get(urlPathEqualTo('/v5/market/tickers')).willReturn(VenuePair.jsonResponse(
                    '{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[]},"retExtInfo":{},"time":1735811999000}')))
        }
        def nope = '{"symbol":"NOPEUSDT"}'

        when:
        def first = gw.post(TICKER, nope, 'nope-bot')
        gw.clock.advance(Duration.ofSeconds(4))
        def again = gw.post(TICKER, nope, 'nope-bot')
        def live = gw.post(TICKER, nope, 'nope-bot', [:], MAINNET_TOKEN)

        then:
        [first, again, live].every { it.statusCode() == 422 && !it.headers().firstValue('X-Cache').present }
        gw.read(again).path('error').path('code').asText() == 'INVALID_INPUT'
        gw.read(again).path('error').path('details').path('reason').asText() == 'unknown_instrument'
        gw.read(again).path('request_id').asText() == again.headers().firstValue('X-Request-Id').get()
        gw.bybit.requests(Environment.TESTNET).count { it.request.url.contains('NOPEUSDT') } == 1
        gw.bybit.requests(Environment.MAINNET).count { it.request.url.contains('NOPEUSDT') } == 1

        when: 'five seconds after the rejection'
        gw.clock.advance(Duration.ofSeconds(1))
        gw.post(TICKER, nope, 'nope-bot')

        then:
        gw.bybit.requests(Environment.TESTNET).count { it.request.url.contains('NOPEUSDT') } == 2
    }
}
