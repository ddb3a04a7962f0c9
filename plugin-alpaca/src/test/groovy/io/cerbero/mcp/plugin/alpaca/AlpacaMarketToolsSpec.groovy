package io.cerbero.mcp.plugin.alpaca

import com.github.tomakehurst.wiremock.client.WireMock
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/** Market data tools against venue-format stubs: get_ticker, get_snapshot, get_ohlcv, get_option_chain, get_clock. */
class AlpacaMarketToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'alpaca', tool, body).body()
    }

    def 'get_ticker gives a stock latest trade and quote in the unified shape, sizes in shares'() {
        given:
        venue.dataGet('/v2/stocks/snapshots', 'stock_snapshots', [symbols: 'AAPL', feed: 'iex'])

        when:
        def r = call('get_ticker', '{"symbol":"aapl"}')

        then:
        r.path('symbol').asText() == 'AAPL'
        r.path('size_unit').asText() == 'base'
        r.path('price_currency').asText() == 'USD'
        r.path('last').decimalValue() == 200.05G
        r.path('bid').decimalValue() == 200.00G
        r.path('bid_size').decimalValue() == 5G
        r.path('ask').decimalValue() == 200.10G
        r.path('ask_size').decimalValue() == 3G
        r.path('high24h').decimalValue() == 201.0G
        r.path('volume24h').decimalValue() == 100000G
        r.path('change24h').decimalValue() == 0.020143G
        r.path('timestamp').asText() == '2025-01-02T09:59:59.500Z'
        !r.has('mark')
        !r.has('funding_rate')
        r.path('venue_specific').path('prev_close').decimalValue() == 196.10G
    }

    def 'get_ticker of an OCC symbol reads the options snapshot, counts contracts and adds IV and greeks'() {
        given:
        venue.dataGet('/v1beta1/options/snapshots', 'option_snapshots',
                [symbols: 'AAPL250117C00150000', feed: 'indicative'])

        when:
        def r = call('get_ticker', '{"symbol":"AAPL250117C00150000"}')

        then:
        r.path('size_unit').asText() == 'contracts'
        r.path('last').decimalValue() == 5.00G
        r.path('bid').decimalValue() == 4.90G
        r.path('venue_specific').path('implied_volatility').decimalValue() == 0.2875G
        r.path('venue_specific').path('greeks').path('delta').decimalValue() == 0.9512G
        venue.requests(venue.data).size() == 1
    }

    def 'a symbol the data API does not know is INVALID_INPUT'() {
        given:
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v2/stocks/snapshots')).willReturn(AlpacaVenue.json('{}')))

        when:
        call('get_ticker', '{"symbol":"NOPE"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
    }

    def 'get_snapshot asks stocks and options in one call each and lists what is missing'() {
        given:
        venue.dataGet('/v2/stocks/snapshots', 'stock_snapshots', [symbols: 'AAPL,MSFT'])
        venue.dataGet('/v1beta1/options/snapshots', 'option_snapshots', [symbols: 'AAPL250117C00150000'])

        when:
        def r = call('get_snapshot', '{"symbols":["AAPL","MSFT","AAPL250117C00150000"]}')

        then:
        r.path('snapshots').size() == 2
        r.path('snapshots')[0].path('symbol').asText() == 'AAPL'
        r.path('snapshots')[0].path('latest_quote').path('ask').decimalValue() == 200.10G
        r.path('snapshots')[0].path('daily_bar').path('close').decimalValue() == 200.05G
        r.path('snapshots')[1].path('greeks').path('vega').decimalValue() == 0.0289G
        r.path('snapshots')[1].path('size_unit').asText() == 'contracts'
        r.path('missing')*.asText() == ['MSFT']
    }

    def 'get_ohlcv asks newest first from a start far enough back, follows the page token, and answers oldest first'() {
        given:
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v2/stocks/bars')).withQueryParam('page_token', WireMock.absent())
                .willReturn(AlpacaVenue.json(AlpacaVenue.body('stock_bars_desc'))))
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v2/stocks/bars')).withQueryParam('page_token', equalTo('cGFnZTI='))
                .willReturn(AlpacaVenue.json(AlpacaVenue.body('stock_bars_desc_page2'))))

        when:
        def r = call('get_ohlcv', '{"symbol":"AAPL","interval":"1d","limit":3,"adjustment":"split"}')
        def first = venue.requests(venue.data)[0].request

        then: '3 daily bars need 3 x 1.5 + 5 = 9.5 days before the harness clock (2025-01-02T10:00Z)'
        first.queryParameter('timeframe').firstValue() == '1Day'
        first.queryParameter('sort').firstValue() == 'desc'
        first.queryParameter('limit').firstValue() == '3'
        first.queryParameter('feed').firstValue() == 'iex'
        first.queryParameter('adjustment').firstValue() == 'split'
        first.queryParameter('start').firstValue() == '2024-12-23T22:00:00Z'
        venue.requests(venue.data)[1].request.queryParameter('limit').firstValue() == '1'

        and:
        r.path('interval').asText() == '1d'
        r.path('size_unit').asText() == 'base'
        r.path('candles')*.path('open_time')*.asText() ==
                ['2024-12-30T05:00:00Z', '2024-12-31T05:00:00Z', '2025-01-01T05:00:00Z']
        r.path('candles')[2].path('close').decimalValue() == 198.5G
        r.path('candles')[2].path('quote_volume').decimalValue() == 15840000.00G
    }

    def 'an interval Alpaca has no timeframe for is INVALID_INPUT before any call'() {
        when:
        call('get_ohlcv', '{"symbol":"AAPL","interval":"3m"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.totalRequestCount() == 0
        venue.requests(venue.data).isEmpty()
    }

    def 'get_option_chain follows pages, reads strikes and expiries from the OCC symbols and sorts them'() {
        given:
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v1beta1/options/snapshots/AAPL'))
                .withQueryParam('page_token', WireMock.absent())
                .willReturn(AlpacaVenue.json(AlpacaVenue.body('option_chain_page1'))))
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v1beta1/options/snapshots/AAPL'))
                .withQueryParam('page_token', equalTo('cGFnZTI='))
                .willReturn(AlpacaVenue.json(AlpacaVenue.body('option_chain_page2'))))

        when:
        def r = call('get_option_chain', '{"underlying":"AAPL","strike_price_gte":140,"expiration_date_lte":"2025-02-21"}')
        def first = venue.requests(venue.data)[0].request

        then:
        first.queryParameter('feed').firstValue() == 'indicative'
        first.queryParameter('strike_price_gte').firstValue() == '140'
        first.queryParameter('expiration_date_lte').firstValue() == '2025-02-21'
        r.path('contracts')*.path('symbol')*.asText() ==
                ['AAPL250110C00155000', 'AAPL250117C00150000', 'AAPL250117P00150000']
        r.path('contracts')[1].path('strike').decimalValue() == 150G
        r.path('contracts')[1].path('expiry').asText() == '2025-01-17'
        r.path('contracts')[1].path('type').asText() == 'call'
        r.path('contracts')[1].path('implied_volatility').decimalValue() == 0.2875G
        r.path('contracts')[2].path('delta').decimalValue() == -0.05G
        !r.path('contracts')[0].has('delta')
        !r.path('truncated').asBoolean()
        r.path('contract_size').asInt() == 100
    }

    def 'get_clock says whether the market is open'() {
        given:
        venue.get('/v2/clock', 'clock')

        when:
        def r = call('get_clock', '{}')

        then:
        !r.path('is_open').asBoolean()
        r.path('next_open').asText() == '2025-01-02T14:30:00Z'
    }
}
