package io.cerbero.mcp.plugin.alpaca

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

/**
 * cancel_order, amend_order and close_position: the exact requests, dry run, the leverage cap on a replace, and
 * the venue's refusals. The account: equity 10 000, long 10 AAPL (2 000), a resting buy of 5 MSFT at 300 (1 500).
 */
class AlpacaOrderManagementSpec extends Specification {
    static final String MSFT_ORDER = '7d1c0a77-0000-4000-8000-0000000000aa'

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'alpaca', tool, body).body()
    }

    def 'cancel_order by order id sends one DELETE and reads the 204 as a cancel request'() {
        given:
        venue.get("/v2/orders/${MSFT_ORDER}", 'order_msft')
        venue.write('DELETE', "/v2/orders/${MSFT_ORDER}", null, 204)

        when:
        def r = call('cancel_order', """{"order_id":"${MSFT_ORDER}"}""")

        then:
        r.path('status').asText() == 'cancel_requested'
        r.path('order_id').asText() == MSFT_ORDER
        r.path('client_order_id').asText() == 'bot1-rest-01'
        r.path('symbol').asText() == 'MSFT'
        venue.writes().size() == 1
        venue.writes()[0].request.url == "/v2/orders/${MSFT_ORDER}"
    }

    def 'cancel_order by client order id looks the order up first'() {
        given:
        venue.get('/v2/orders:by_client_order_id', 'order_msft', [client_order_id: 'bot1-rest-01'])
        venue.write('DELETE', "/v2/orders/${MSFT_ORDER}", null, 204)

        when:
        def r = call('cancel_order', '{"client_order_id":"bot1-rest-01"}')

        then:
        r.path('status').asText() == 'cancel_requested'
        r.path('client_order_id').asText() == 'bot1-rest-01'
        venue.writes()*.request*.url == ["/v2/orders/${MSFT_ORDER}".toString()]
    }

    def 'cancel_order dry run shows the DELETE and sends nothing'() {
        given:
        venue.get("/v2/orders/${MSFT_ORDER}", 'order_msft')

        when:
        def r = call('cancel_order', """{"order_id":"${MSFT_ORDER}","dry_run":true}""")

        then:
        r.path('status').asText() == 'dry_run'
        r.path('request').path('method').asText() == 'DELETE'
        r.path('request').path('path').asText() == "/v2/orders/${MSFT_ORDER}"
        r.path('request').path('headers').path('APCA-API-SECRET-KEY').asText() == '***'
        venue.writes().isEmpty()
    }

    def 'an order that can no longer be canceled is UPSTREAM_REJECTED with the venue code'() {
        given:
        venue.get("/v2/orders/${MSFT_ORDER}", 'order_msft')
        venue.write('DELETE', "/v2/orders/${MSFT_ORDER}", 'error_422_not_cancelable', 422)

        when:
        call('cancel_order', """{"order_id":"${MSFT_ORDER}"}""")

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 42210000L
        e.details().order_id == MSFT_ORDER
        e.message.contains('order is not cancelable')
    }

    def 'cancelling an unknown order is refused by the lookup and nothing is deleted'() {
        given:
        venue.get("/v2/orders/${MSFT_ORDER}", 'error_404_order', [:], venue.testnet, 404)

        when:
        call('cancel_order', """{"order_id":"${MSFT_ORDER}"}""")

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 40410000L
        venue.writes().isEmpty()
    }

    def 'cancel_all_orders reads the 207 answer: a partial success lists the refused orders with their mapped code'() {
        given:
        venue.write('DELETE', '/v2/orders', 'orders_cancel_all_207', 207)

        when:
        def r = call('cancel_all_orders', '{}')

        then:
        r.path('status').asText() == 'partial'
        r.path('canceled')*.asText() == [MSFT_ORDER]
        r.path('failed')[0].path('order_id').asText() == '7d1c0a77-0000-4000-8000-0000000000bb'
        r.path('failed')[0].path('code').asText() == 'UPSTREAM_REJECTED'
        r.path('failed')[0].path('venue_code').asLong() == 42210000L
        r.path('failed')[0].path('http_status').asInt() == 422
        r.path('failed')[0].path('message').asText().contains('order is not cancelable')
        venue.writes().size() == 1
    }

    def 'cancel_all_orders dry run sends nothing'() {
        when:
        def r = call('cancel_all_orders', '{"dry_run":true}')

        then:
        r.path('request').path('method').asText() == 'DELETE'
        r.path('request').path('path').asText() == '/v2/orders'
        venue.totalRequestCount() == 0
    }

    private void amendPrerequisites() {
        venue.get("/v2/orders/${MSFT_ORDER}", 'order_msft')
        venue.get('/v2/assets/MSFT', 'asset_aapl')
        venue.get('/v2/account', 'account')
        venue.get('/v2/positions', 'positions_aapl_long')
        venue.get('/v2/orders', 'orders_open_msft', [status: 'open'])
    }

    def 'amend_order sends a PATCH with the rounded values and counts the replaced order only once'() {
        given:
        amendPrerequisites()
        venue.write('PATCH', "/v2/orders/${MSFT_ORDER}", 'order_replaced')

        when: '2 000 + 26 x 300 = 9 800: within the cap once the replaced 1 500 is taken out (3 500 now)'
        def r = call('amend_order', """{"order_id":"${MSFT_ORDER}","qty":"26.9","price":"300.004","client_order_id":"bot1-0001-r1"}""")

        then:
        r.path('status').asText() == 'accepted'
        r.path('order_id').asText() == '5c2b7e10-2222-4000-8000-0000000000d2'
        r.path('venue_specific').path('replaces').asText() == MSFT_ORDER
        r.path('qty').decimalValue() == 26G
        r.path('price').decimalValue() == 300G
        r.path('leverage').path('exposure_before').decimalValue() == 3500G
        r.path('leverage').path('exposure_after').decimalValue() == 9800G
        venue.writes().size() == 1
        venue.writes()[0].request.method.value() == 'PATCH'
        venue.writes()[0].request.bodyAsString ==
                '{"qty":"26","time_in_force":"gtc","limit_price":"300","client_order_id":"bot1-0001-r1"}'

        and: 'the exact request was audited before the send, keys redacted'
        def prepared = h.audit().events().find { it.phase().name() == 'PREPARED' }
        prepared.tool() == 'amend_order'
        prepared.input().path('client_order_id').asText() == 'bot1-0001-r1'
        prepared.input().path('request').path('method').asText() == 'PATCH'
        prepared.input().path('request').path('headers').path('APCA-API-KEY-ID').asText() == '***'
        !h.json().writeValueAsString(prepared).contains(AlpacaVenue.PAPER_SECRET)
    }

    def 'an amend that would take the account above the cap is POLICY_REJECTED and not sent'() {
        given:
        amendPrerequisites()

        when: '2 000 + 27 x 300 = 10 100'
        call('amend_order', """{"order_id":"${MSFT_ORDER}","qty":"27"}""")

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        venue.writes().isEmpty()
    }

    def 'an amend that shrinks the order lowers exposure and passes without reading a price'() {
        given:
        amendPrerequisites()
        venue.write('PATCH', "/v2/orders/${MSFT_ORDER}", 'order_replaced')

        when:
        def r = call('amend_order', """{"order_id":"${MSFT_ORDER}","qty":"2"}""")

        then:
        r.path('leverage').path('verdict').asText() == 'lowers_exposure'
        r.path('leverage').path('exposure_after').decimalValue() == 2600G
        venue.writes().size() == 1
    }

    def 'a replace whose connection dropped is looked up by the client order id of the replacing order, never resent'() {
        given:
        amendPrerequisites()
        venue.testnet.stubFor(WireMock.patch(urlPathEqualTo("/v2/orders/${MSFT_ORDER}"))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
        venue.get('/v2/orders:by_client_order_id', 'order_replaced', [client_order_id: 'bot1-0001-r1'])

        when:
        def r = call('amend_order', """{"order_id":"${MSFT_ORDER}","qty":"6","client_order_id":"bot1-0001-r1"}""")

        then:
        r.path('status').asText() == 'placed_after_unknown'
        r.path('order_id').asText() == '5c2b7e10-2222-4000-8000-0000000000d2'
        venue.writes().size() == 1
    }

    def 'amend_order refuses a field the order type does not have, and a dry run sends nothing'() {
        given:
        amendPrerequisites()

        when:
        call('amend_order', """{"order_id":"${MSFT_ORDER}","stop_price":"290"}""")

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT

        when:
        def r = call('amend_order', """{"order_id":"${MSFT_ORDER}","price":"299.5","dry_run":true}""")

        then:
        r.path('status').asText() == 'dry_run'
        r.path('request').path('method').asText() == 'PATCH'
        r.path('request').path('body').asText() ==~
                /\{"qty":"5","time_in_force":"gtc","limit_price":"299.5","client_order_id":"cmcp-[a-z0-9]+-[a-z0-9]+"}/
        venue.writes().isEmpty()
    }

    def 'close_position closes a qty with one DELETE and answers the closing order'() {
        given:
        venue.get('/v2/positions/AAPL', 'position_aapl')
        venue.write('DELETE', '/v2/positions/AAPL', 'order_close_aapl')

        when:
        def r = call('close_position', '{"symbol":"AAPL","qty":"5"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('side').asText() == 'sell'
        r.path('type').asText() == 'market'
        r.path('order_id').asText() == '8e8e8e8e-3333-4000-8000-0000000000e3'
        r.path('leverage').path('verdict').asText() == 'reduce_only'
        venue.writes().size() == 1
        venue.writes()[0].request.url == '/v2/positions/AAPL?qty=5'
    }

    def 'close_position by percentage in a dry run shows the request and sends nothing'() {
        given:
        venue.get('/v2/positions/AAPL', 'position_aapl')

        when:
        def r = call('close_position', '{"symbol":"AAPL","percentage":"50","dry_run":true}')

        then:
        r.path('request').path('method').asText() == 'DELETE'
        r.path('request').path('query').asText() == 'percentage=50'
        venue.writes().isEmpty()
    }

    def 'close_position of no position, or of more than the position, is INVALID_INPUT'() {
        given:
        venue.get('/v2/positions/MSFT', 'error_404_order', [:], venue.testnet, 404)
        venue.get('/v2/positions/AAPL', 'position_aapl')

        when:
        call('close_position', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.writes().isEmpty()

        where:
        body << ['{"symbol":"MSFT"}', '{"symbol":"AAPL","qty":"11"}', '{"symbol":"AAPL","qty":"1","percentage":"5"}',
                 '{"symbol":"AAPL","percentage":"101"}']
    }
}
