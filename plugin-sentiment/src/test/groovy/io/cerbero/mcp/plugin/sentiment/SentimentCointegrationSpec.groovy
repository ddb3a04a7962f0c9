package io.cerbero.mcp.plugin.sentiment

import groovy.json.JsonOutput
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

/**
 * get_cointegration_pairs on candles in Binance's and Bybit's formats. The candles are generated from a seeded
 * model so the answer is known: BBB = e^0.3 · AAA^1.5 · e^u with u a fast mean-reverting AR(1) noise (a
 * cointegrated pair with hedge ratio 1.5), and CCC an independent random walk.
 */
class SentimentCointegrationSpec extends Specification {
    static final Instant LAST_OPEN = Instant.parse('2025-01-02T00:00:00Z') // still forming at the harness clock (10:00)
    static final int BARS = 301

    @Shared @AutoCleanup('stop') SentimentSources sources = new SentimentSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()
    @Shared Map<String, List<BigDecimal>> closes = model()

    def call(String body) {
        h.call(Environment.MAINNET, 'sentiment', 'get_cointegration_pairs', body).body()
    }

    /** Seeded log-price paths; closes rounded to cents like a venue's. */
    static Map<String, List<BigDecimal>> model() {
        Random random = new Random(42)
        double x = Math.log(100), z = Math.log(50), u = 0
        Map<String, List<BigDecimal>> series = [AAA: [], BBB: [], CCC: []]
        BARS.times {
            x += 0.02 * random.nextGaussian()
            z += 0.02 * random.nextGaussian()
            u = 0.5 * u + 0.01 * random.nextGaussian()
            series.AAA << price(x)
            series.BBB << price(0.3 + 1.5 * x + u)
            series.CCC << price(z)
        }
        series
    }

    static BigDecimal price(double log) {
        BigDecimal.valueOf(Math.exp(log)).setScale(2, java.math.RoundingMode.HALF_EVEN)
    }

    static long openMillis(int i) {
        LAST_OPEN.minus(Duration.ofDays(BARS - 1 - i)).toEpochMilli()
    }

    /** GET /fapi/v1/klines rows, oldest first, numbers of prices as strings. */
    static String binanceKlines(List<BigDecimal> prices) {
        JsonOutput.toJson(prices.withIndex().collect { BigDecimal p, int i ->
            [openMillis(i), p.toPlainString(), p.toPlainString(), p.toPlainString(), p.toPlainString(), '1000.0',
             openMillis(i) + 86_399_999, '100000.0', 1000, '500.0', '50000.0', '0']
        })
    }

    /** GET /v5/market/kline envelope, rows newest first, everything a string. */
    static String bybitKlines(String symbol, List<BigDecimal> prices) {
        def rows = prices.withIndex().collect { BigDecimal p, int i ->
            [openMillis(i).toString(), p.toPlainString(), p.toPlainString(), p.toPlainString(), p.toPlainString(),
             '1000.0', '100000.0']
        }.reverse()
        JsonOutput.toJson([retCode: 0, retMsg: 'OK', result: [symbol: symbol, category: 'linear', list: rows],
                           retExtInfo: [:], time: 1735811998800])
    }

    void binance(String coin) {
        sources.getBody('binance', '/fapi/v1/klines', binanceKlines(closes[coin]),
                [symbol: "${coin}USDT".toString(), interval: '1d', limit: '301'])
    }

    def 'the cointegrated pair ranks first with its hedge ratio and a short half-life'() {
        given:
        ['AAA', 'BBB', 'CCC'].each { binance(it) }

        when:
        def body = call('{"symbols":["BBB","AAA","CCC"],"venue":"binance","interval":"1d","limit":301}')
        def best = body.path('pairs')[0]

        then: 'the bar still forming at 10:00 is left out'
        body.path('pairs').size() == 3
        body.path('pairs').every { it.path('bars').asInt() == 300 }

        and:
        best.path('y').asText() == 'BBB'
        best.path('x').asText() == 'AAA'
        best.path('p_value').asDouble() < 0.01
        best.path('cointegrated_at5pct').asBoolean()
        Math.abs(best.path('hedge_ratio').asDouble() - 1.5) < 0.1
        best.path('half_life_bars').asDouble() > 0.5
        best.path('half_life_bars').asDouble() < 5
        best.path('critical_values').size() == 3

        and: 'ranked by p-value, far ahead of the pairs with the independent walk'
        def pValues = body.path('pairs')*.path('p_value')*.asDouble()
        pValues == pValues.sort(false)
        pValues[1] > 1e6 * pValues[0]
    }

    def 'Bybit candles, newest first on the wire, give the same answer'() {
        given:
        ['AAA', 'BBB'].each { coin ->
            sources.getBody('bybit', '/v5/market/kline', bybitKlines("${coin}USDT", closes[coin]),
                    [category: 'linear', symbol: "${coin}USDT".toString(), interval: 'D', limit: '301'])
        }

        when:
        def pair = call('{"symbols":["BBB","AAA"],"venue":"bybit","limit":301}').path('pairs')[0]

        then:
        pair.path('bars').asInt() == 300
        pair.path('p_value').asDouble() < 0.01
        Math.abs(pair.path('hedge_ratio').asDouble() - 1.5) < 0.1
    }

    def 'a symbol the venue does not know is listed as failed and the rest is still paired'() {
        given:
        ['AAA', 'BBB'].each { binance(it) }
        sources.get('binance', '/fapi/v1/klines', 'error_invalid_symbol', [symbol: 'ZZZUSDT'], 400)

        when:
        def body = call('{"symbols":["BBB","AAA","ZZZ"],"limit":301}')

        then:
        body.path('pairs').size() == 1
        body.path('sources').path('answered')*.asText() == ['BBB', 'AAA']
        def failed = body.path('sources').path('failed')[0]
        failed.path('source').asText() == 'ZZZ'
        failed.path('reason').asText() == 'UPSTREAM_REJECTED'
        failed.path('message').asText().contains('Invalid symbol.')
    }

    def 'with one series left there is no pair, and a note says so'() {
        given:
        binance('AAA')
        sources.get('binance', '/fapi/v1/klines', 'error_invalid_symbol', [symbol: 'ZZZUSDT'], 400)

        when:
        def body = call('{"symbols":["AAA","ZZZ"],"limit":301}')

        then:
        body.path('pairs').isEmpty()
        body.path('note').asText().contains('a pair needs two')
    }

    def 'too few bars in common make a pair untestable, not an error'() {
        given:
        sources.getBody('binance', '/fapi/v1/klines', binanceKlines(closes.AAA[-31..-1]), [symbol: 'AAAUSDT'])
        sources.getBody('binance', '/fapi/v1/klines', binanceKlines(closes.BBB[0..20]), [symbol: 'BBBUSDT'])

        when:
        def pair = call('{"symbols":["AAA","BBB"],"limit":31}').path('pairs')[0]

        then:
        !pair.has('p_value')
        pair.path('note').asText().contains('bars in common')
    }

    def 'bad input is INVALID_INPUT: #body'() {
        when:
        call(body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        sources.live.allServeEvents.isEmpty()

        where:
        body << ['{"symbols":["BTC"]}', '{"symbols":["BTC","BTC"]}', '{"symbols":["BTC","ETH"],"venue":"okx"}',
                 '{"symbols":["BTC","ETH"],"interval":"5m"}', '{"symbols":["BTC","ETH"],"limit":10}',
                 '{"symbols":["A","B","C","D","E","F","G","H","I","J","K"]}', '{"symbols":["BTC","E TH"]}']
    }
}
