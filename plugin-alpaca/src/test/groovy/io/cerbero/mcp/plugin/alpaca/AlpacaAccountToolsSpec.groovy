package io.cerbero.mcp.plugin.alpaca

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** get_account_summary, get_positions and get_open_orders in the unified shapes. */
class AlpacaAccountToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body = '{}') {
        h.call(Environment.TESTNET, 'alpaca', tool, body).body()
    }

    def 'the account summary takes equity, buying power and margin from the account and PnL from the positions'() {
        given:
        venue.get('/v2/account', 'account')
        venue.get('/v2/positions', 'positions_mixed')

        when:
        def r = call('get_account_summary')

        then:
        r.path('currency').asText() == 'USD'
        r.path('equity').decimalValue() == 10000G
        r.path('available').decimalValue() == 20000G
        r.path('margin_used').decimalValue() == 1000G
        r.path('unrealized_pnl').decimalValue() == 379.5G
        r.path('balances')[0].path('asset').asText() == 'USD'
        r.path('balances')[0].path('total').decimalValue() == 8000G

        and: 'what a bot needs before ordering is in venue_specific'
        !r.path('venue_specific').path('pattern_day_trader').asBoolean()
        r.path('venue_specific').path('daytrade_count').asInt() == 1
        r.path('venue_specific').path('daytrading_buying_power').decimalValue() == 40000G
        !r.path('venue_specific').path('trading_blocked').asBoolean()
    }

    def 'positions say long or short with absolute sizes, shares for stocks and contracts for options'() {
        given:
        venue.get('/v2/positions', 'positions_mixed')

        when:
        def p = call('get_positions').path('positions')

        then:
        p.size() == 3
        p[0].path('symbol').asText() == 'AAPL'
        p[0].path('side').asText() == 'long'
        p[0].path('size').decimalValue() == 10G
        p[0].path('size_unit').asText() == 'base'
        p[0].path('entry_price').decimalValue() == 180G
        p[0].path('mark_price').decimalValue() == 200G
        p[0].path('notional').decimalValue() == 2000G
        p[1].path('side').asText() == 'short'
        p[1].path('size').decimalValue() == 4G
        p[1].path('notional').decimalValue() == 1000G
        p[2].path('size_unit').asText() == 'contracts'
        !p[0].has('leverage')
    }

    def 'open orders map the venue types and states into the unified ones'() {
        given:
        venue.get('/v2/orders', 'orders_open_msft', [status: 'open', limit: '100', nested: 'true', symbols: 'MSFT'])

        when:
        def o = call('get_open_orders', '{"symbol":"MSFT"}').path('orders')

        then:
        o.size() == 1
        o[0].path('order_id').asText() == '7d1c0a77-0000-4000-8000-0000000000aa'
        o[0].path('client_order_id').asText() == 'bot1-rest-01'
        o[0].path('type').asText() == 'limit'
        o[0].path('status').asText() == 'open'
        o[0].path('price').decimalValue() == 300G
        o[0].path('qty').decimalValue() == 5G
        o[0].path('size_unit').asText() == 'base'
        o[0].path('time_in_force').asText() == 'gtc'
        o[0].path('venue_specific').path('status').asText() == 'new'
    }
}
