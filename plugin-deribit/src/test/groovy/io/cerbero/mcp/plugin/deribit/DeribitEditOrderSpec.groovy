package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** edit_order: rounded like a new order, leverage-checked before private/edit, sent once, dry run shown exactly. */
class DeribitEditOrderSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String body) {
        h.call(Environment.TESTNET, 'deribit', 'edit_order', body).body()
    }

    def 'an edit rounds amount and price and sends private/edit once'() {
        given:
        venue.orderPrerequisites([btcOrders: 'open_orders_btc'])
        venue.post('private/edit', 'edit')

        when:
        def r = call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"10005","price":"91000.3"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('qty').decimalValue() == 10000G
        r.path('price').decimalValue() == 91000G
        r.path('order').path('qty').decimalValue() == 10000G
        venue.lastWriteParams() == [order_id: '29915471701', amount: 10000, price: 91000]
        venue.writes().size() == 1
    }

    def 'an edit that would break the leverage cap is refused before private/edit'() {
        given:
        venue.orderPrerequisites([positions: 'positions', btcOrders: 'open_orders_btc'])
        venue.post('private/edit', 'edit')

        when:
        call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"450000","price":"91000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        venue.writes().isEmpty()
    }

    def 'an edit dry run returns the JSON-RPC request and sends nothing'() {
        given:
        venue.orderPrerequisites()

        when:
        def r = call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"10000","price":"91000",' +
                '"dry_run":true}')

        then:
        r.path('status').asText() == 'dry_run'
        r.path('request').path('path').asText() == '/private/edit'
        r.path('request').path('headers').path('Authorization').asText() == '***'
        venue.writes().isEmpty()
    }
}
