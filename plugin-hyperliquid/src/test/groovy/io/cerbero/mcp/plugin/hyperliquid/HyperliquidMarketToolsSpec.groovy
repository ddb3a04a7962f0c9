package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.JsonNode
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** The market tools read /info in the venue's format and answer with the unified model. */
class HyperliquidMarketToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') HyperliquidVenue venue = new HyperliquidVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    JsonNode call(String tool, String body) {
        h.call(Environment.TESTNET, 'hyperliquid', tool, body).body()
    }

    Map lastInfoBody() {
        new groovy.json.JsonSlurper().parseText(venue.requests().last().request.bodyAsString) as Map
    }

    def 'get_ticker reads the perp\'s context aligned with its place in the universe'() {
        given:
        venue.info('metaAndAssetCtxs', 'meta_and_asset_ctxs')

        when:
        def t = call('get_ticker', '{"symbol":"ETH"}')

        then:
        t.path('symbol').asText() == 'ETH'
        t.path('mark').decimalValue() == 3050.1G
        t.path('index').decimalValue() == 3050.2G
        t.path('funding_rate').decimalValue() == -0.0000042G
        t.path('open_interest').decimalValue() == 150000.1G
        t.path('volume24h').decimalValue() == 149000.5G
        t.path('quote_volume24h').decimalValue() == 456789012.5G
        t.path('size_unit').asText() == 'base'
        t.path('venue_specific').path('mid_price').decimalValue() == 3050.15G
        t.path('venue_specific').path('impact_bid').decimalValue() == 3049.9G

        and: '(mid - prev day) / prev day'
        t.path('change24h').decimalValue() == (3050.15G - 3100G).divide(3100G, java.math.MathContext.DECIMAL64)

        and: 'funding is hourly: the next one at the top of the hour'
        t.path('next_funding_time').asText() == '2025-01-02T11:00:00Z'

        and: 'the venue has no last trade or best bid/ask in this request: absent, not zero'
        !t.has('last')
        !t.has('bid')
    }

    def 'get_ticker of an unknown perp is INVALID_INPUT, marked as an unknown instrument for the host cache'() {
        given:
        venue.info('metaAndAssetCtxs', 'meta_and_asset_ctxs')

        when:
        call('get_ticker', '{"symbol":"btc"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains("no perpetual named 'btc'")
        e.details().reason == 'unknown_instrument'
    }

    def 'get_orderbook keeps the best levels first and cuts to depth'() {
        given:
        venue.info('l2Book', 'l2_book', [coin: 'BTC'])

        when:
        def b = call('get_orderbook', '{"symbol":"BTC","depth":2,"n_sig_figs":5}')

        then:
        b.path('bids').size() == 2
        b.path('bids')[0].path('price').decimalValue() == 60000.0G
        b.path('bids')[0].path('size').decimalValue() == 1.25G
        b.path('asks')[1].path('price').decimalValue() == 60002.0G
        b.path('timestamp').asText() == '2025-01-02T10:00:00.123Z'
        lastInfoBody() == [type: 'l2Book', coin: 'BTC', nSigFigs: 5]
    }

    def 'get_orderbook of a coin the venue does not know (null body) is INVALID_INPUT'() {
        given:
        venue.testnet.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post('/info')
                .willReturn(HyperliquidVenue.json('null')))

        when:
        call('get_orderbook', '{"symbol":"NOPE"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.details().reason == 'unknown_instrument'
    }

    def 'get_ohlcv asks for the window of the last limit intervals and answers oldest first'() {
        given:
        venue.info('candleSnapshot', 'candles')

        when:
        def o = call('get_ohlcv', '{"symbol":"BTC","interval":"1h","limit":3}')

        then: 'the harness clock is 2025-01-02T10:00:00Z = 1735812000000'
        lastInfoBody() == [type: 'candleSnapshot', req: [coin: 'BTC', interval: '1h', startTime: 1735812000000 - 3 * 3600000,
                                                          endTime: 1735812000000]]
        o.path('candles')*.path('open_time')*.asText() == ['2025-01-02T08:00:00Z', '2025-01-02T09:00:00Z',
                                                          '2025-01-02T10:00:00Z']
        o.path('candles')[0].path('close').decimalValue() == 59800.0G
        o.path('candles')[0].path('volume').decimalValue() == 401.2G
        o.path('size_unit').asText() == 'base'
    }

    def 'get_ohlcv refuses an interval the venue does not have, before any call'() {
        when:
        call('get_ohlcv', '{"symbol":"BTC","interval":"60"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests().isEmpty()
    }

    def 'get_funding_rate gives the current hourly rate and the history, oldest first, annualised per hour'() {
        given:
        venue.info('metaAndAssetCtxs', 'meta_and_asset_ctxs')
        venue.info('fundingHistory', 'funding_history', [coin: 'BTC'])

        when:
        def f = call('get_funding_rate', '{"symbol":"BTC","hours":3}')

        then:
        f.path('current').path('rate').decimalValue() == 0.0000125G
        f.path('current').path('interval_hours').decimalValue() == 1G
        f.path('current').path('annualized').decimalValue() == 0.0000125G * 24 * 365
        f.path('history').size() == 3
        f.path('history')[1].path('rate').decimalValue() == -0.0000031G
        f.path('history')[0].path('time').asText() == '2025-01-02T08:00:00.012Z'
        venue.infoTypes() as Set == ['metaAndAssetCtxs', 'fundingHistory'] as Set
    }

    def 'get_instruments lists listed perps with their index, size step and price rules'() {
        given:
        venue.info('meta', 'meta')

        when:
        def list = call('get_instruments', '{}').path('instruments')

        then:
        list*.path('symbol')*.asText() == ['BTC', 'ETH', 'SOL', 'kPEPE', 'ISO']
        with(list[0]) {
            path('qty_step').decimalValue() == 0.00001G
            path('tick_size').decimalValue() == 0.1G
            path('min_notional').decimalValue() == 10G
            path('max_leverage').decimalValue() == 40G
            path('venue_specific').path('asset_index').asInt() == 0
            path('venue_specific').path('max_price_decimals').asInt() == 1
        }
        list[3].path('qty_step').decimalValue() == 1G
        list[3].path('tick_size').decimalValue() == 0.000001G
        list[4].path('venue_specific').path('asset_index').asInt() == 5
    }

    def 'every /info request is marked idempotent: a transient 5xx is retried'() {
        given:
        venue.testnet.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post('/info').inScenario('flaky')
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(HyperliquidVenue.json('{}', 502)).willSetStateTo('up'))
        venue.testnet.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post('/info').inScenario('flaky')
                .whenScenarioStateIs('up').willReturn(HyperliquidVenue.json(HyperliquidVenue.body('meta'))))

        when:
        def list = call('get_instruments', '{"symbol":"BTC"}').path('instruments')

        then:
        list.size() == 1
        venue.requests().size() == 2
    }

    def 'a 4xx from /info is UPSTREAM_REJECTED with the venue\'s words'() {
        given:
        venue.testnet.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post('/info')
                .willReturn(HyperliquidVenue.json('Failed to deserialize the JSON body into the target type', 422)))

        when:
        call('get_instruments', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().http_status == 422
        e.details().venue_message.contains('Failed to deserialize')
    }

    def 'a body that is not the expected JSON is UPSTREAM_ERROR'() {
        given:
        venue.testnet.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post('/info')
                .willReturn(HyperliquidVenue.json('<html>maintenance</html>')))

        when:
        call('get_ticker', '{"symbol":"BTC"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
    }

    def 'get_technical_indicators computes on closed candles only: the forming one is left out'() {
        given: '60 hourly candles up to the harness clock, the last one still forming'
        long now = PluginHarness.NOW.toEpochMilli()
        List<BigDecimal> closes = (0..<60).collect { 100G + (it % 7) * 1.5G + it * 0.25G }
        String rows = (0..<60).collect { int i ->
            long t = now - (59 - i) * 3600000L
            BigDecimal c = closes[i]
            '{"t":' + t + ',"T":' + (t + 3599999) + ',"s":"BTC","i":"1h","o":"' + c + '","c":"' + c + '","h":"' +
                    (c + 1) + '","l":"' + (c - 1) + '","v":"10","n":5}'
        }.join(',')
        venue.testnet.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post('/info')
                .willReturn(HyperliquidVenue.json('[' + rows + ']')))

        when:
        def r = call('get_technical_indicators', '{"symbol":"BTC","interval":"1h","limit":60}')

        then:
        lastInfoBody().req == [coin: 'BTC', interval: '1h', startTime: now - 60 * 3600000L, endTime: now]
        r.path('bars').asInt() == 59
        !r.path('forming').asBoolean()
        r.path('candle_time').asText() == '2025-01-02T09:00:00Z'
        r.path('close').decimalValue() == closes[58]
        r.path('sma').path('period').asInt() == 20
        (r.path('sma').path('value').decimalValue() - closes[39..58].sum() / 20).abs() < 0.000001G
        r.path('rsi').has('value')
        r.path('macd').has('signal')
    }

    def 'get_technical_indicators refuses a limit too short for MACD before any call'() {
        when:
        call('get_technical_indicators', '{"symbol":"BTC","limit":34}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests().isEmpty()
    }

    def 'get_basis compares the perp mark with the spot pair of the named token (#token)'() {
        given:
        venue.info('metaAndAssetCtxs', 'meta_and_asset_ctxs')
        venue.info('spotMetaAndAssetCtxs', 'spot_meta_and_asset_ctxs')

        when:
        def b = call('get_basis', body)

        then:
        b.path('spot_pair').asText() == pair
        b.path('spot_price').decimalValue() == spot
        b.path('perp_mark').decimalValue() == mark
        b.path('basis').decimalValue() == mark - spot
        b.path('funding_rate_hourly').decimalValue() != null

        where:
        token  | body                                            | pair  | spot    | mark
        'UBTC' | '{"symbol":"BTC","spot_token":"UBTC"}'          | '@107' | 59960G | 60005G
        'ETH'  | '{"symbol":"ETH"}'                              | '@140' | 3040G  | 3050.1G
    }

    def 'get_basis without a spot pair is INVALID_INPUT with the naming trap as fix'() {
        given:
        venue.info('metaAndAssetCtxs', 'meta_and_asset_ctxs')
        venue.info('spotMetaAndAssetCtxs', 'spot_meta_and_asset_ctxs')

        when:
        call('get_basis', '{"symbol":"BTC"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.suggestedFix().get().contains('UBTC')
    }
}
