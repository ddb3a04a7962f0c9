package io.cerbero.mcp.plugin.deribit

import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.http.Fault
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

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
        venue.orderPrerequisites([btcOrders: 'open_orders_btc'])

        when:
        def r = call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"10000","price":"91000",' +
                '"dry_run":true}')

        then:
        r.path('status').asText() == 'dry_run'
        r.path('request').path('path').asText() == '/private/edit'
        r.path('request').path('headers').path('Authorization').asText() == '***'
        venue.writes().isEmpty()
    }

    def 'an edit counts the old order once: growing 20 000 to 420 000 passes where old + new would not'() {
        given: 'BTC equity 1.5 × 95 480.12, cap 3: 429 660; the 20 000 USD resting buy is replaced, not added to'
        venue.orderPrerequisites([btcOrders: 'open_orders_btc'])
        venue.post('private/edit', 'edit')

        when:
        def r = call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"420000","price":"91000"}')

        then:
        r.path('leverage').path('exposure_before').decimalValue() == 20000G
        r.path('leverage').path('exposure_after').decimalValue() == 420000G
        r.path('venue_specific').path('replaces').asText() == '29915471701'
        venue.writes().size() == 1
    }

    def 'an edit that shrinks the order lowers exposure and passes; the leverage check reads only the BTC account'() {
        given:
        venue.orderPrerequisites([btcOrders: 'open_orders_btc'])
        venue.post('private/edit', 'edit')

        when:
        def r = call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"10000"}')

        then:
        r.path('leverage').path('verdict').asText() == 'lowers_exposure'
        r.path('price').decimalValue() == 90000G
        venue.lastWriteParams() == [order_id: '29915471701', amount: 10000, price: 90000]
        venue.calls('private/get_account_summary')*.request*.queryParams*.get('currency')*.firstValue() == ['BTC']
        venue.calls('private/get_open_orders_by_currency').every { it.request.queryParams.currency.firstValue() == 'BTC' }
    }

    def 'an edit names the wrong side, or an order Deribit does not have open, before anything is sent'() {
        given:
        venue.orderPrerequisites([btcOrders: 'open_orders_btc'])

        when:
        call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"sell","qty":"10000"}')

        then:
        def side = thrown(ToolException)
        side.code() == ErrorCode.INVALID_INPUT
        side.message.contains('buy order')

        when:
        call('{"order_id":"404","symbol":"BTC-PERPETUAL","side":"buy","qty":"10000"}')

        then:
        def missing = thrown(ToolException)
        missing.code() == ErrorCode.UPSTREAM_REJECTED
        venue.writes().isEmpty()
    }

    def 'an edit whose answer never came is never resent: outcome unknown with the order id'() {
        given:
        venue.orderPrerequisites([btcOrders: 'open_orders_btc'])
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/private/edit'))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))

        when:
        call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"10000","price":"91000"}')

        then:
        def e = thrown(ToolException)
        !e.retryable()
        e.details().outcome == 'unknown'
        e.details().order_id == '29915471701'
        e.details().client_order_id == 'bot1-grid-7'
        venue.writes().size() == 1
    }

    def 'an edit whose answer never came is reported done when the open order shows the values sent'() {
        given: 'the open order already shows 20000 @ 90000 after the dropped send'
        venue.orderPrerequisites([btcOrders: 'open_orders_btc'])
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/private/edit'))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))

        when:
        def r = call('{"order_id":"29915471701","symbol":"BTC-PERPETUAL","side":"buy","qty":"20000","price":"90000"}')

        then:
        r.path('status').asText() == 'placed_after_unknown'
        r.path('order_id').asText() == '29915471701'
        venue.writes().size() == 1
    }
}
