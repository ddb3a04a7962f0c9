package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** Account tools: coin-denominated summaries, positions in the venue's units, open orders with labels. */
class DeribitAccountToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'deribit', tool, body).body()
    }

    def 'get_account_summary reports one currency account in its coin'() {
        given:
        venue.get('private/get_account_summary', 'account_summary_btc', [currency: 'BTC', extended: 'true'])

        when:
        def a = call('get_account_summary', '{"currency":"BTC"}')

        then:
        a.path('currency').asText() == 'BTC'
        a.path('equity').decimalValue() == 1.5G
        a.path('available').decimalValue() == 1.2G
        a.path('margin_used').decimalValue() == 0.3G
        a.path('unrealized_pnl').decimalValue() == 0.02G
        a.path('balances')[0].path('asset').asText() == 'BTC'
        a.path('venue_specific').path('limits').path('non_matching_engine').path('rate').asInt() == 20
    }

    def 'get_positions keeps Deribit units: USD size for the perpetual, coin for the option, PnL in the coin'() {
        given:
        venue.get('private/get_positions', 'positions', [currency: 'any'])

        when:
        def p = call('get_positions', '{}').path('positions')

        then:
        p.size() == 2
        p[0].path('symbol').asText() == 'BTC-PERPETUAL'
        p[0].path('side').asText() == 'long'
        p[0].path('size').decimalValue() == 50000G
        p[0].path('size_unit').asText() == 'quote'
        p[0].path('notional').decimalValue() == 0.52356G
        p[0].path('notional_currency').asText() == 'BTC'
        p[0].path('liquidation_price').decimalValue() == 31000.5G
        p[1].path('side').asText() == 'short'
        p[1].path('size').decimalValue() == 1.0G
        p[1].path('size_unit').asText() == 'base'
        p[1].path('notional').decimalValue() == 0.0352G
        p[1].path('venue_specific').path('delta').decimalValue() == -0.31245G
        !p[1].has('liquidation_price')
    }

    def 'get_open_orders maps labels to client order ids and a market_price placeholder to no price'() {
        given:
        venue.get('private/get_open_orders_by_currency', 'open_orders_btc', [currency: 'BTC'])

        when:
        def o = call('get_open_orders', '{"symbol":"BTC-PERPETUAL"}').path('orders')

        then:
        o.size() == 2
        def limit = o.find { it.path('order_id').asText() == '29915471701' }
        limit.path('client_order_id').asText() == 'bot1-grid-7'
        limit.path('price').decimalValue() == 90000.0G
        limit.path('size_unit').asText() == 'quote'
        limit.path('post_only').asBoolean()
        def stop = o.find { it.path('order_id').asText() == 'SLIS-81123' }
        stop.path('type').asText() == 'stop_market'
        !stop.has('price')
        stop.path('trigger_price').decimalValue() == 90000.0G
        stop.path('status').asText() == 'open'
        !stop.has('client_order_id')
        stop.path('reduce_only').asBoolean()
    }
}
