package io.cerbero.mcp.plugin.bybit

import groovy.json.JsonSlurper
import io.cerbero.mcp.core.model.TechnicalIndicators
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.math.MathContext

/** The public market tools against venue-format stubs: field mapping, ordering and derived values. */
class BybitMarketToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'bybit', tool, body).body()
    }

    def 'get_ticker answers the unified ticker of a linear perpetual and stamps the venue time'() {
        given:
        venue.get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'BTCUSDT'])

        when:
        def r = h.call(Environment.TESTNET, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}')
        def t = r.body()

        then:
        t.path('symbol').asText() == 'BTCUSDT'
        t.path('price_currency').asText() == 'USDT'
        t.path('size_unit').asText() == 'base'
        t.path('last').decimalValue() == 100050.00G
        t.path('bid').decimalValue() == 100049.90G
        t.path('bid_size').decimalValue() == 1.500G
        t.path('ask').decimalValue() == 100050.10G
        t.path('mark').decimalValue() == 100052.00G
        t.path('index').decimalValue() == 100001.20G
        t.path('volume24h').decimalValue() == 99123.456G
        t.path('quote_volume24h').decimalValue() == 9876543210.1234G
        t.path('open_interest').decimalValue() == 55000.123G
        t.path('funding_rate').decimalValue() == 0.0001G
        t.path('next_funding_time').asText() == '2025-01-02T12:00:00Z'
        t.path('change24h').decimalValue() == 0.020918G
        t.path('timestamp').asText() == '2025-01-02T09:59:59Z'
        t.path('venue_specific').path('category').asText() == 'linear'
        t.path('venue_specific').path('funding_interval_hours').decimalValue() == 8G
        !t.path('venue_specific').has('mark_iv')
        r.dataTimestamp().toEpochMilli() == 1735811999000L
    }

    def 'get_ticker of an option carries IVs as fractions and greeks in venue_specific'() {
        given:
        venue.get('/v5/market/tickers', 'market_tickers_option', [category: 'option', symbol: 'BTC-28MAR25-110000-C'])

        when:
        def t = call('get_ticker', '{"symbol":"BTC-28MAR25-110000-C","category":"option"}')

        then:
        t.path('price_currency').asText() == 'USDC'
        t.path('mark').decimalValue() == 4155.12G
        t.path('venue_specific').path('mark_iv').decimalValue() == 0.5671G
        t.path('venue_specific').path('bid_iv').decimalValue() == 0.5612G
        t.path('venue_specific').path('delta').decimalValue() == 0.4123G
        t.path('venue_specific').path('underlying_price').decimalValue() == 101950.42G
        !t.has('funding_rate')
        !t.has('next_funding_time')
    }

    def 'an empty side of an option book is absent, not a bid of 0 (Bybit sends bid1Price, bid1Size and bid1Iv "0")'() {
        given:
        venue.getLiteral('/v5/market/tickers', '{"retCode":0,"retMsg":"OK","result":{"category":"option","list":[{' +
                '"symbol":"BTC-30DEC22-18000-C","bid1Price":"0","bid1Size":"0","bid1Iv":"0","ask1Price":"435",' +
                '"ask1Size":"0.66","ask1Iv":"5","lastPrice":"435","highPrice24h":"435","lowPrice24h":"165",' +
                '"markPrice":"0.00000009","indexPrice":"16600.55","markIv":"0.7567","underlyingPrice":"16590.42",' +
                '"openInterest":"6.3","turnover24h":"2482.73","volume24h":"0.15","delta":"0.00000001",' +
                '"gamma":"0.00000001","vega":"0.00000004","theta":"-0.00000152","predictedDeliveryPrice":"0"}]},' +
                '"retExtInfo":{},"time":1672376592395}')

        when:
        def t = call('get_ticker', '{"symbol":"BTC-30DEC22-18000-C","category":"option"}')

        then:
        !t.has('bid')
        !t.has('bid_size')
        !t.path('venue_specific').has('bid_iv')
        t.path('ask').decimalValue() == 435G
        t.path('venue_specific').path('ask_iv').decimalValue() == 5G
        t.path('mark').decimalValue() == 0.00000009G
    }

    def 'a dated future has no funding: Bybit\'s "" rate and "0" next funding time are absent'() {
        given:
        venue.getLiteral('/v5/market/tickers', '{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[{' +
                '"symbol":"BTCUSDT-28MAR25","lastPrice":"101999","markPrice":"101999","indexPrice":"0",' +
                '"bid1Price":"101999","bid1Size":"1.2","ask1Price":"102001","ask1Size":"0.8","fundingRate":"",' +
                '"nextFundingTime":"0","deliveryTime":"1743148800000","volume24h":"1234.5",' +
                '"turnover24h":"125000000"}]},"retExtInfo":{},"time":1735811999000}')

        when:
        def t = call('get_ticker', '{"symbol":"BTCUSDT-28MAR25"}')

        then:
        !t.has('funding_rate')
        !t.has('next_funding_time')
        !t.has('index')
        !t.path('venue_specific').has('funding_interval_hours')
        t.path('venue_specific').path('delivery_time').asText() == '2025-03-28T08:00:00Z'
        t.path('price_currency').asText() == 'USDT'
    }

    def 'get_ticker of an unknown symbol is INVALID_INPUT'() {
        given:
        venue.getLiteral('/v5/market/tickers',
                '{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[]},"retExtInfo":{},"time":1}')

        when:
        call('get_ticker', '{"symbol":"NOPEUSDT"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
    }

    def 'get_orderbook returns both sides best first with the venue timestamp'() {
        given:
        venue.get('/v5/market/orderbook', 'market_orderbook', [category: 'linear', symbol: 'BTCUSDT', limit: '3'])

        when:
        def b = call('get_orderbook', '{"symbol":"BTCUSDT","limit":3}')

        then:
        b.path('bids')*.path('price')*.decimalValue() == [100049.90G, 100049.80G, 100049.00G]
        b.path('asks')[0].path('size').decimalValue() == 1.000G
        b.path('size_unit').asText() == 'base'
        b.path('price_currency').asText() == 'USDT'
        b.path('timestamp').asText() == '2025-01-02T09:59:59.900Z'
        b.path('venue_specific').path('update_id').asLong() == 230704
    }

    def 'get_orderbook refuses a depth options do not have before calling the venue'() {
        when:
        call('get_orderbook', '{"symbol":"BTC-28MAR25-110000-C","category":"option","limit":50}')

        then:
        thrown(ToolException)
        venue.requests().isEmpty()
    }

    def 'get_ohlcv returns candles oldest first although Bybit sends them newest first'() {
        given:
        venue.get('/v5/market/kline', 'market_kline', [category: 'linear', symbol: 'BTCUSDT', interval: '60', limit: '200'])

        when: 'the interval in the unified spelling or in Bybit\'s'
        def o = call('get_ohlcv', '{"symbol":"BTCUSDT","interval":"' + interval + '"}')
        def candles = o.path('candles')

        then:
        o.path('interval').asText() == '1h'
        o.path('size_unit').asText() == 'base'
        candles.size() == 200
        candles[0].path('open_time').asText() == '2024-12-25T02:00:00Z'
        candles[0].path('open').decimalValue() == 95000.0G
        candles[199].path('open_time').asText() == '2025-01-02T09:00:00Z'
        candles[199].path('close').decimalValue() == 96359.7G
        candles[199].has('quote_volume')
        (0..<199).every { candles[it].path('open_time').asText() < candles[it + 1].path('open_time').asText() }

        where:
        interval << ['60', '1h']
    }

    def 'get_ohlcv refuses an interval Bybit does not have'() {
        when:
        call('get_ohlcv', '{"symbol":"BTCUSDT","interval":"7"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests().isEmpty()
    }

    def 'get_instruments maps trading rules and warms the instrument cache used for orders'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'])

        when:
        def i = call('get_instruments', '{"category":"linear","symbol":"BTCUSDT"}').path('instruments')[0]

        then:
        i.path('kind').asText() == 'perpetual'
        i.path('active').asBoolean()
        i.path('base').asText() == 'BTC'
        i.path('quote').asText() == 'USDT'
        i.path('tick_size').decimalValue() == 0.10G
        i.path('qty_step').decimalValue() == 0.001G
        i.path('qty_unit').asText() == 'base'
        i.path('min_qty').decimalValue() == 0.001G
        i.path('max_leverage').decimalValue() == 100G
        i.path('min_notional').decimalValue() == 5G
        i.path('venue_specific').path('funding_interval').asInt() == 480
        i.path('venue_specific').path('max_order_qty').decimalValue() == 1190G

        and: 'deliveryTime "0" on a perpetual is no expiry'
        !i.has('expiry')
    }

    def 'get_instruments of spot reads the qty step from basePrecision'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_spot', [category: 'spot'])

        when:
        def i = call('get_instruments', '{"category":"spot"}').path('instruments')[0]

        then:
        i.path('kind').asText() == 'spot'
        i.path('qty_step').decimalValue() == 0.000001G
        i.path('tick_size').decimalValue() == 0.1G
        i.path('min_notional').decimalValue() == 5G
    }

    def 'get_funding_rate returns the history oldest first and the running rate from the ticker'() {
        given:
        venue.get('/v5/market/funding/history', 'market_funding_history', [category: 'linear', symbol: 'BTCUSDT'])
        venue.get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'BTCUSDT'])

        when:
        def f = call('get_funding_rate', '{"symbol":"BTCUSDT","limit":3}')

        then:
        f.path('history')*.path('rate')*.decimalValue() == [0.0001G, -0.00005G, 0.00012G]
        f.path('history')[2].path('time').asText() == '2025-01-02T08:00:00Z'
        f.path('history')[2].path('interval_hours').decimalValue() == 8G
        f.path('current').path('rate').decimalValue() == 0.0001G
        f.path('current').path('annualized').decimalValue() == 0.1095G
        f.path('next_funding_time').asText() == '2025-01-02T12:00:00Z'
    }

    def 'get_open_interest returns the history oldest first and says its unit'() {
        given:
        venue.get('/v5/market/open-interest', 'market_open_interest', [category: 'linear', symbol: 'BTCUSDT', intervalTime: '1h'])

        when:
        def o = call('get_open_interest', '{"symbol":"BTCUSDT"}')

        then:
        o.path('unit').asText() == 'base_coin'
        o.path('history')*.path('open_interest')*.decimalValue() == [54750.5G, 54900G, 55000.123G]
    }

    def 'get_basis compares the perpetual with spot on mid prices'() {
        given:
        venue.get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'BTCUSDT'])
        venue.get('/v5/market/tickers', 'market_tickers_spot', [category: 'spot', symbol: 'BTCUSDT'])

        when:
        def b = call('get_basis', '{"symbol":"BTCUSDT"}')

        then: 'perp mid 100050.00, spot mid 100000.0'
        b.path('perp_price').decimalValue() == 100050.00G
        b.path('spot_price').decimalValue() == 100000.0G
        b.path('basis').decimalValue() == 50.00G
        b.path('basis_bps').decimalValue() == 5.0000G
        b.path('funding_rate').decimalValue() == 0.0001G
    }

    def 'get_basis_term_structure annualises each live dated future against spot with the gateway clock'() {
        given: 'two live USDT futures, one expired, one inverse future, perpetuals to ignore'
        venue.get('/v5/market/tickers', 'market_tickers_spot', [category: 'spot', symbol: 'BTCUSDT'])
        venue.get('/v5/market/instruments-info', 'market_instruments_linear_btc_all', [category: 'linear', baseCoin: 'BTC'])
        venue.get('/v5/market/instruments-info', 'market_instruments_inverse_btc_all', [category: 'inverse', baseCoin: 'BTC'])
        ['BTCUSDT-28MAR25': 'linear', 'BTCUSDT-27JUN25': 'linear', 'BTCUSDH25': 'inverse'].each { symbol, category ->
            venue.get('/v5/market/tickers', "market_tickers_${symbol}", [category: category, symbol: symbol])
        }

        when:
        def curve = call('get_basis_term_structure', '{"base_coin":"btc"}').path('curve')

        then: 'expected values computed independently with python decimal'
        curve*.path('symbol')*.asText() == ['BTCUSDH25', 'BTCUSDT-28MAR25', 'BTCUSDT-27JUN25']
        curve[1].path('days_to_expiry').decimalValue() == 84.9167G
        curve[1].path('future_price').decimalValue() == 102000G
        curve[1].path('basis_pct').decimalValue() == 0.02G
        curve[1].path('annualized_basis').decimalValue() == 0.08596663G
        curve[0].path('annualized_basis').decimalValue() == 0.09026497G
        curve[2].path('annualized_basis').decimalValue() == 0.08299384G
        curve[2].path('expiry').asText() == '2025-06-27T08:00:00Z'
    }

    def 'get_orderbook_imbalance runs the analytics order-book metrics over the top levels'() {
        given:
        venue.get('/v5/market/orderbook', 'market_orderbook', [category: 'linear', symbol: 'BTCUSDT', limit: '2'])

        when:
        def m = call('get_orderbook_imbalance', '{"symbol":"BTCUSDT","depth":2}')

        then: 'bids 3+2 = 5, asks 1+0.5 = 1.5: (5 - 1.5) / 6.5'
        m.path('bid_depth').decimalValue() == 5.000G
        m.path('ask_depth').decimalValue() == 1.500G
        Math.abs(m.path('imbalance').doubleValue() - 3.5d / 6.5d) < 1e-9
        m.path('spread_bps').doubleValue() > 0
        m.path('micro_price').doubleValue() > 100049.9d
        m.path('micro_price').doubleValue() < 100050.2d
    }

    /** Closes of the kline stub, newest first as Bybit sends them (index 0 is the forming candle). */
    static List<BigDecimal> stubCloses() {
        new JsonSlurper().parseText(BybitVenue.body('market_kline')).result.list.collect { new BigDecimal(it[4] as String) }
    }

    static BigDecimal mean(List<BigDecimal> values) {
        values.sum().divide(values.size() as BigDecimal, MathContext.DECIMAL128)
    }

    def 'get_technical_indicators answers the unified TechnicalIndicators of the last closed candle by default'() {
        given: 'the default limit is 300; Bybit has only 200 candles, the newest still forming'
        venue.get('/v5/market/kline', 'market_kline', [category: 'linear', symbol: 'BTCUSDT', interval: '60', limit: '300'])

        when:
        def t = call('get_technical_indicators', '{"symbol":"BTCUSDT"}')

        then: 'the forming 09:00 candle is left out: values are those of the 08:00 candle'
        t.path('symbol').asText() == 'BTCUSDT'
        t.path('interval').asText() == '60'
        t.path('candle_time').asText() == '2025-01-02T08:00:00Z'
        t.path('close').decimalValue() == 96132.6G
        !t.path('forming').asBoolean()
        t.path('bars').asInt() == 199

        and: '199 candles are fewer than the 260 after which values count as settled'
        !t.path('settled').asBoolean()

        and: 'SMA(20) is the mean of the 20 closed candles up to 08:00, computed here in decimal'
        t.path('sma').path('period').asInt() == 20
        Math.abs(t.path('sma').path('value').decimalValue() - mean(stubCloses()[1..20])) < 1e-6
        t.path('ema').path('period').asInt() == 20
        t.path('rsi').path('period').asInt() == 14
        t.path('rsi').path('value').doubleValue() > 0 && t.path('rsi').path('value').doubleValue() < 100
        [t.path('macd').path('fast').asInt(), t.path('macd').path('slow').asInt(),
         t.path('macd').path('signal_period').asInt()] == [12, 26, 9]
        Math.abs(t.path('macd').path('histogram').decimalValue()
                - (t.path('macd').path('macd').decimalValue() - t.path('macd').path('signal').decimalValue())) < 1e-6
        t.path('atr').path('value').doubleValue() > 0
        t.path('adx').path('period').asInt() == 14
        t.path('adx').path('adx').doubleValue() >= 0
        t.path('bollinger').path('std_devs').decimalValue() == 2G
        t.path('bollinger').path('upper').doubleValue() > t.path('bollinger').path('middle').doubleValue()
        t.path('bollinger').path('middle').decimalValue() == t.path('sma').path('value').decimalValue()
        t.path('bollinger').path('lower').doubleValue() < t.path('bollinger').path('middle').doubleValue()

        and: 'the Bybit-only shape is gone'
        !t.has('candle_start') && !t.has('sma20') && !t.has('category')
    }

    def 'with include_forming the still forming candle is the one reported'() {
        given:
        venue.get('/v5/market/kline', 'market_kline', [category: 'linear', symbol: 'BTCUSDT', interval: '60', limit: '200'])

        when:
        def t = call('get_technical_indicators', '{"symbol":"BTCUSDT","limit":200,"include_forming":true}')

        then:
        t.path('candle_time').asText() == '2025-01-02T09:00:00Z'
        t.path('close').decimalValue() == 96359.7G
        t.path('forming').asBoolean()
        t.path('bars').asInt() == 200
        Math.abs(t.path('sma').path('value').decimalValue() - mean(stubCloses()[0..19])) < 1e-6
    }

    def 'the tool declares the unified output type'() {
        expect:
        new BybitPlugin().tools().find { it.name() == 'get_technical_indicators' }.outputType() == TechnicalIndicators
    }

    def 'a limit too small for MACD is refused before any venue call: #body'() {
        when:
        call('get_technical_indicators', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains(message)
        venue.requests().every { !it.request.url.startsWith('/v5/market/kline') }

        where:
        body                                                        | message
        '{"symbol":"BTCUSDT","limit":34}'                           | 'at least 35 without include_forming'
        '{"symbol":"BTCUSDT","limit":33,"include_forming":true}'    | 'between 34 and 1000'
        '{"symbol":"BTCUSDT","limit":1001}'                         | 'between 34 and 1000'
    }

    def 'too few candles from the venue is INVALID_INPUT'() {
        given:
        venue.getLiteral('/v5/market/kline',
                '{"retCode":0,"retMsg":"OK","result":{"symbol":"NEWUSDT","category":"linear","list":[["1735808400000","1","2","0.5","1.5","10","15"]]},"retExtInfo":{},"time":1}')

        when:
        call('get_technical_indicators', '{"symbol":"NEWUSDT"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.startsWith('need at least 34 closed candles for MACD(12,26,9)')
    }
}
