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

    def 'get_account_summary answers the unified summary in USD, Bybit totals in venue_specific'() {
        given:
        venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'])

        when:
        def a = call('get_account_summary', '{}')

        then:
        a.path('currency').asText() == 'USD'
        a.path('equity').decimalValue() == 10000.00G
        a.path('available').decimalValue() == 9450.25G
        a.path('margin_used').decimalValue() == 500.25G
        a.path('unrealized_pnl').decimalValue() == -49.50G
        a.path('balances')[0].path('asset').asText() == 'USDT'
        a.path('balances')[0].path('total').decimalValue() == 10000.00G
        a.path('balances')[0].path('available').decimalValue() == 9400.00G
        a.path('balances')[0].path('value').decimalValue() == 9951.49G
        a.path('venue_specific').path('account_type').asText() == 'UNIFIED'
        a.path('venue_specific').path('total_maintenance_margin').decimalValue() == 100.05G
    }

    def 'get_account_summary leaves out what Bybit leaves blank: classic totals and availableToWithdraw'() {
        given: 'a classic CONTRACT account: totals "", availableToWithdraw "" (as newer accounts send it too)'
        venue.getLiteral('/v5/account/wallet-balance', '{"retCode":0,"retMsg":"OK","result":{"list":[{' +
                '"accountType":"CONTRACT","totalEquity":"","totalWalletBalance":"","totalAvailableBalance":"",' +
                '"totalMarginBalance":"","totalInitialMargin":"","totalMaintenanceMargin":"","totalPerpUPL":"",' +
                '"accountLTV":"","coin":[{"coin":"BTC","equity":"0.5","walletBalance":"0.5","availableToWithdraw":"",' +
                '"unrealisedPnl":"0","usdValue":"50000","cumRealisedPnl":"0","locked":"0"}]}]},' +
                '"retExtInfo":{},"time":1735811999000}')

        when:
        def a = call('get_account_summary', '{"account_type":"CONTRACT"}')

        then:
        !a.has('equity') && !a.has('available') && !a.has('margin_used') && !a.has('unrealized_pnl')
        a.path('balances')[0].path('equity').decimalValue() == 0.5G
        !a.path('balances')[0].has('available')
        !a.path('venue_specific').has('account_ltv')
    }

    def 'get_positions defaults linear to every USDT-settled position and answers unified positions'() {
        given:
        venue.get('/v5/position/list', 'position_list_long', [category: 'linear', settleCoin: 'USDT'])

        when:
        def p = call('get_positions', '{}').path('positions')[0]

        then:
        p.path('symbol').asText() == 'BTCUSDT'
        p.path('side').asText() == 'long'
        p.path('size').decimalValue() == 0.100G
        p.path('size_unit').asText() == 'base'
        p.path('entry_price').decimalValue() == 95000.00G
        p.path('mark_price').decimalValue() == 100000.00G
        p.path('notional').decimalValue() == 10000G
        p.path('notional_currency').asText() == 'USDT'
        p.path('unrealized_pnl').decimalValue() == 500.00G
        p.path('leverage').decimalValue() == 3G
        p.path('venue_specific').path('category').asText() == 'linear'
        p.path('venue_specific').path('position_idx').asInt() == 0
        p.path('venue_specific').path('updated_time').asText() == '2025-01-02T09:43:20Z'

        and: 'placeholders are absent, not zero: liqPrice "", takeProfit / stopLoss / trailingStop "0.00"'
        !p.has('liquidation_price')
        !p.path('venue_specific').has('take_profit')
        !p.path('venue_specific').has('stop_loss')
        !p.path('venue_specific').has('trailing_stop')
    }

    def 'get_positions leaves flat rows out (Bybit lists a symbol asked for with size "0" and avgPrice "0")'() {
        given:
        venue.get('/v5/position/list', 'position_list_flat', [category: 'linear', symbol: 'BTCUSDT'])

        expect:
        call('get_positions', '{"symbol":"BTCUSDT"}').path('positions').size() == 0
    }

    def 'an option position without a mark or a leverage setting leaves both out and keeps Bybit\'s position value'() {
        given:
        venue.getLiteral('/v5/position/list', '{"retCode":0,"retMsg":"OK","result":{"list":[{"positionIdx":0,' +
                '"symbol":"BTC-28MAR25-110000-C","side":"Sell","size":"0.5","avgPrice":"4100","positionValue":"2077.56",' +
                '"leverage":"","markPrice":"","liqPrice":"","unrealisedPnl":"-27.56","cumRealisedPnl":"0",' +
                '"takeProfit":"","stopLoss":"","createdTime":"1735700000000","updatedTime":"1735811000000"}],' +
                '"nextPageCursor":"","category":"option"},"retExtInfo":{},"time":1735811999000}')

        when:
        def p = call('get_positions', '{"category":"option"}').path('positions')[0]

        then:
        p.path('side').asText() == 'short'
        !p.has('leverage')
        !p.has('mark_price')
        p.path('notional').decimalValue() == 2077.56G
        p.path('notional_currency').asText() == 'USDC'
    }

    def 'an inverse position counts USD, and its value and PnL are in the coin'() {
        given:
        venue.get('/v5/position/list', 'position_list_inverse_short', [category: 'inverse'])

        when:
        def p = call('get_positions', '{"category":"inverse"}').path('positions')[0]

        then: '3000 USD / 100 000 = 0.03 BTC'
        p.path('side').asText() == 'short'
        p.path('size').decimalValue() == 3000G
        p.path('size_unit').asText() == 'quote'
        p.path('notional').decimalValue() == 0.03G
        p.path('notional_currency').asText() == 'BTC'
        !p.has('liquidation_price')
        !p.path('venue_specific').has('stop_loss')
    }

    def 'get_open_orders answers unified orders: orderLinkId is client_order_id, Bybit states map to the closed set'() {
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
        o.path('qty').decimalValue() == 0.010G
        o.path('filled_qty').decimalValue() == 0G
        o.path('status').asText() == 'open'
        o.path('time_in_force').asText() == 'GTC'
        o.path('venue_specific').path('leaves_qty').decimalValue() == 0.010G
        o.path('venue_specific').path('order_status').asText() == 'New'

        and: 'placeholders are absent: avgPrice "0", triggerPrice "0.00", takeProfit / stopLoss ""'
        !o.has('avg_fill_price')
        !o.has('trigger_price')
        !o.path('venue_specific').has('take_profit')
        !o.path('venue_specific').has('stop_loss')

        and: 'stopOrderType "UNKNOWN" and rejectReason "EC_NoError" mean none'
        !o.path('venue_specific').has('stop_order_type')
        !o.path('venue_specific').has('reject_reason')
    }

    def 'get_open_orders maps conditional and partly filled orders, and an empty orderLinkId to none'() {
        given:
        venue.get('/v5/order/realtime', 'order_realtime_resting', [category: 'linear', settleCoin: 'USDT'])

        when:
        def orders = call('get_open_orders', '{}').path('orders')

        then:
        !orders[0].has('client_order_id')
        orders[0].path('status').asText() == 'partially_filled'
        orders[0].path('avg_fill_price').decimalValue() == 2999.50G
        orders[1].path('type').asText() == 'take_profit_market'
        orders[1].path('trigger_price').decimalValue() == 120000.00G
        !orders[1].has('price')
        orders[1].path('reduce_only').asBoolean()
        orders[2].path('type').asText() == 'stop_market'
        orders[2].path('status').asText() == 'open'
        !orders[2].has('avg_fill_price')
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
        bare.call(Environment.TESTNET, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}').body().path('last')
                .decimalValue() == 100050.00G
        venue.requests().every { !it.request.containsHeader('X-BAPI-API-KEY') }

        cleanup:
        bare?.close()
    }
}
