package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** The public market tools against JSON-RPC stubs: unified fields, the units trap, ordering, caching. */
class DeribitMarketToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'deribit', tool, body).body()
    }

    def 'get_ticker of an inverse perpetual counts sizes in USD and stamps the venue time'() {
        given:
        venue.get('public/ticker', 'ticker_btc_perpetual', [instrument_name: 'BTC-PERPETUAL'])

        when:
        def r = h.call(Environment.TESTNET, 'deribit', 'get_ticker', '{"symbol":"BTC-PERPETUAL"}')
        def t = r.body()

        then:
        t.path('symbol').asText() == 'BTC-PERPETUAL'
        t.path('price_currency').asText() == 'USD'
        t.path('size_unit').asText() == 'quote'
        t.path('bid').decimalValue() == 95500.0G
        t.path('bid_size').decimalValue() == 25000G
        t.path('ask').decimalValue() == 95500.5G
        t.path('mark').decimalValue() == 95501.37G
        t.path('index').decimalValue() == 95480.12G
        t.path('volume24h').decimalValue() == 412345670G
        t.path('change24h').decimalValue() == 0.012345G
        t.path('open_interest').decimalValue() == 987654320G
        t.path('funding_rate').decimalValue() == 0.00012G
        t.path('venue_specific').path('current_funding').decimalValue() == 0.00001G
        r.dataTimestamp().toEpochMilli() == 1735811999500L
    }

    def 'get_ticker of an option prices in the coin, sizes in the coin, IVs as fractions and the venue greeks'() {
        given:
        venue.get('public/ticker', 'ticker_option_call', [instrument_name: 'BTC-31JAN25-100000-C'])

        when:
        def t = call('get_ticker', '{"symbol":"BTC-31JAN25-100000-C"}')

        then:
        t.path('price_currency').asText() == 'BTC'
        t.path('size_unit').asText() == 'base'
        t.path('mark').decimalValue() == 0.0352G
        t.path('volume24h').decimalValue() == 120.5G
        t.path('venue_specific').path('mark_iv').decimalValue() == 0.5231G
        t.path('venue_specific').path('greeks').path('delta').decimalValue() == 0.31245G
        !t.has('funding_rate')
    }

    def "get_ticker accepts 'instrument' as an alias of 'symbol'"() {
        given:
        venue.get('public/ticker', 'ticker_btc_perpetual', [instrument_name: 'BTC-PERPETUAL'])

        expect:
        call('get_ticker', '{"instrument":"BTC-PERPETUAL"}').path('symbol').asText() == 'BTC-PERPETUAL'
    }

    def 'a name that is not a Deribit instrument is INVALID_INPUT before any call'() {
        when:
        call('get_ticker', '{"symbol":"' + name + '"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.totalRequestCount() == 0

        where:
        name << ['BTC', 'btc-perpetual', 'BTC-PERPETUAL-X', 'BTC USD']
    }

    def 'get_orderbook keeps levels best first and says what sizes count'() {
        given:
        venue.get('public/get_order_book', 'order_book_btc_perpetual', [instrument_name: 'BTC-PERPETUAL', depth: '5'])

        when:
        def b = call('get_orderbook', '{"symbol":"BTC-PERPETUAL","depth":5}')

        then:
        b.path('bids')[0].path('price').decimalValue() == 95500.0G
        b.path('bids')[0].path('size').decimalValue() == 25000.0G
        b.path('asks')[0].path('price').decimalValue() == 95500.5G
        b.path('asks').size() == 3
        b.path('size_unit').asText() == 'quote'
        b.path('venue_specific').path('change_id').asLong() == 68851234567L
    }

    def 'get_orderbook refuses a depth Deribit does not offer'() {
        when:
        call('get_orderbook', '{"symbol":"BTC-PERPETUAL","depth":7}')

        then:
        thrown(ToolException)
        venue.totalRequestCount() == 0
    }

    def 'get_ohlcv asks the chart in minutes for the last limit bars before now and returns them oldest first'() {
        given:
        venue.get('public/get_tradingview_chart_data', 'chart_btc_perpetual_1h',
                [instrument_name: 'BTC-PERPETUAL', resolution: '60'])

        when:
        def o = call('get_ohlcv', '{"symbol":"BTC-PERPETUAL","interval":"1h","limit":50}')
        def sent = venue.calls('public/get_tradingview_chart_data')[0].request

        then:
        sent.queryParameter('end_timestamp').firstValue() == '1735812000000'
        sent.queryParameter('start_timestamp').firstValue() == String.valueOf(1735812000000L - 50 * 3600000L)
        o.path('interval').asText() == '1h'
        o.path('size_unit').asText() == 'base'
        o.path('candles').size() == 50
        o.path('candles')[0].path('open_time').asText() < o.path('candles')[49].path('open_time').asText()
        o.path('candles')[49].path('quote_volume').decimalValue() > 0
    }

    def 'get_ohlcv of a window without trades is an empty series'() {
        given:
        venue.get('public/get_tradingview_chart_data', 'chart_no_data', [instrument_name: 'BTC-PERPETUAL'])

        expect:
        call('get_ohlcv', '{"symbol":"BTC-PERPETUAL","interval":"1d","limit":10}').path('candles').size() == 0
        venue.calls('public/get_tradingview_chart_data')[0].request.queryParameter('resolution').firstValue() == '1D'
    }

    def 'get_instruments reads the cached listing: USD qty for inverse futures, coin for options, one venue call'() {
        given:
        venue.get('public/get_instruments', 'instruments_btc', [currency: 'BTC'])

        when:
        def futures = call('get_instruments', '{"currency":"BTC","kind":"perpetual"}')
        def options = call('get_instruments', '{"currency":"BTC","kind":"option"}')

        then:
        futures.path('instruments').size() == 1
        futures.path('instruments')[0].path('symbol').asText() == 'BTC-PERPETUAL'
        futures.path('instruments')[0].path('qty_unit').asText() == 'quote'
        futures.path('instruments')[0].path('qty_step').decimalValue() == 10G
        futures.path('instruments')[0].path('quote').asText() == 'USD'
        options.path('instruments').size() == 28
        options.path('instruments')[0].path('qty_unit').asText() == 'base'
        options.path('instruments')[0].path('qty_step').decimalValue() == 0.1G
        options.path('instruments')[0].path('venue_specific').path('tick_size_steps')[0].path('above_price')
                .decimalValue() == 0.005G

        and: 'get_instruments is limited to 1 call / 10 s at the venue: the second answer came from the cache'
        venue.calls('public/get_instruments').size() == 1
    }

    def 'get_index_price returns the index and its delivery estimate'() {
        given:
        venue.get('public/get_index_price', 'index_price_btc', [index_name: 'btc_usd'])

        expect:
        call('get_index_price', '{"index_name":"btc_usd"}').path('index_price').decimalValue() == 95480.12G
    }

    def 'get_funding_rate combines the current 8 h rate and the hourly history, oldest first, annualised'() {
        given:
        venue.get('public/ticker', 'ticker_btc_perpetual', [instrument_name: 'BTC-PERPETUAL'])
        venue.get('public/get_funding_rate_history', 'funding_history_btc_perpetual', [instrument_name: 'BTC-PERPETUAL'])

        when:
        def f = call('get_funding_rate', '{"symbol":"BTC-PERPETUAL","hours":6}')

        then:
        f.path('current').path('rate').decimalValue() == 0.00012G
        f.path('current').path('interval_hours').decimalValue() == 8G
        f.path('current').path('annualized').decimalValue() == 0.1314G
        f.path('history').size() == 6
        f.path('history')[0].path('interval_hours').decimalValue() == 1G
        f.path('history')[0].path('rate').decimalValue() == 0.0000125G
        f.path('history')[0].path('time').asText() < f.path('history')[5].path('time').asText()
        venue.calls('public/get_funding_rate_history')[0].request.queryParameter('start_timestamp').firstValue() ==
                String.valueOf(1735812000000L - 6 * 3600000L)
    }

    def 'get_funding_rate of a dated future is INVALID_INPUT'() {
        when:
        call('get_funding_rate', '{"symbol":"BTC-31JAN25"}')

        then:
        thrown(ToolException)
        venue.totalRequestCount() == 0
    }

    def 'get_orderbook_imbalance sums the top levels of one book'() {
        given:
        venue.get('public/get_order_book', 'order_book_btc_perpetual', [instrument_name: 'BTC-PERPETUAL', depth: '5'])

        when:
        def i = call('get_orderbook_imbalance', '{"symbol":"BTC-PERPETUAL","depth":3}')

        then: 'bids 75000, asks 50000 → (75000 − 50000) / 125000'
        i.path('imbalance').decimalValue() == 0.2G
        i.path('bid_depth').decimalValue() == 75000.0G
        i.path('ask_depth').decimalValue() == 50000.0G
        i.path('spread_bps').decimalValue() > 0
        venue.calls('public/get_order_book').size() == 1
    }

    def 'the instrument listing is fetched again once its 10 minutes are over, not before'() {
        given:
        def clock = new MutableClock()
        h.close()
        h = venue.harness(clock)
        venue.get('public/get_instruments', 'instruments_btc', [currency: 'BTC'])

        when:
        call('get_instruments', '{"currency":"BTC"}')
        clock.advance(java.time.Duration.ofMinutes(9))
        call('get_instruments', '{"currency":"BTC"}')

        then:
        venue.calls('public/get_instruments').size() == 1

        when:
        clock.advance(java.time.Duration.ofMinutes(2))
        call('get_instruments', '{"currency":"BTC"}')

        then:
        venue.calls('public/get_instruments').size() == 2
    }
}
