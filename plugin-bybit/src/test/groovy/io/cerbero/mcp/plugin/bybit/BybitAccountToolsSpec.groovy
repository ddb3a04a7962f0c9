package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** The signed account tools: field mapping, defaults, and what happens without keys. */
class BybitAccountToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'bybit', tool, body).body()
    }

    def 'get_account_summary maps the unified wallet totals and coins'() {
        given:
        venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'])

        when:
        def a = call('get_account_summary', '{}')

        then:
        a.path('account_type').asText() == 'UNIFIED'
        a.path('total_equity').decimalValue() == 10000.00G
        a.path('total_available_balance').decimalValue() == 9450.25G
        a.path('total_perp_upl').decimalValue() == -49.50G
        a.path('coins')[0].path('coin').asText() == 'USDT'
        a.path('coins')[0].path('cum_realised_pnl').decimalValue() == 123.45G
    }

    def 'get_positions defaults linear to every USDT-settled position and reports the side in lower case'() {
        given:
        venue.get('/v5/position/list', 'position_list_long', [category: 'linear', settleCoin: 'USDT'])

        when:
        def p = call('get_positions', '{}').path('positions')[0]

        then:
        p.path('symbol').asText() == 'BTCUSDT'
        p.path('side').asText() == 'buy'
        p.path('size').decimalValue() == 0.100G
        p.path('mark_price').decimalValue() == 100000.00G
        !p.has('liq_price')
        p.path('updated_time').asText() == '2025-01-02T09:43:20Z'
    }

    def 'get_open_orders reports orderLinkId as client_order_id'() {
        given:
        venue.get('/v5/order/realtime', 'order_realtime', [category: 'linear', symbol: 'BTCUSDT', openOnly: '0'])

        when:
        def o = call('get_open_orders', '{"symbol":"BTCUSDT"}').path('orders')[0]

        then:
        o.path('client_order_id').asText() == 'bot1-0001'
        o.path('order_id').asText() == 'fd4300ae-7847-404e-b947-b46980a4d140'
        o.path('side').asText() == 'buy'
        o.path('type').asText() == 'limit'
        o.path('price').decimalValue() == 60000.00G
        o.path('leaves_qty').decimalValue() == 0.010G
        o.path('status').asText() == 'New'
    }

    def 'private tools without keys answer NOT_CONFIGURED naming the variable, and call nothing'() {
        given:
        def bare = venue.keylessHarness()

        when:
        bare.call(Environment.TESTNET, 'bybit', tool, body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('BYBIT_API_KEY')
        venue.requests().isEmpty()

        cleanup:
        bare?.close()

        where:
        tool                  | body
        'get_account_summary' | '{}'
        'get_positions'       | '{}'
        'get_open_orders'     | '{}'
        'place_order'         | '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"market","dry_run":true}'
        'cancel_order'        | '{"symbol":"BTCUSDT","order_id":"1"}'
    }

    def 'public tools work without keys'() {
        given:
        def bare = venue.keylessHarness()
        venue.get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'BTCUSDT'])

        expect:
        bare.call(Environment.TESTNET, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}').body().path('last_price')
                .decimalValue() == 100050.00G
        venue.requests().every { !it.request.containsHeader('X-BAPI-API-KEY') }

        cleanup:
        bare?.close()
    }
}
