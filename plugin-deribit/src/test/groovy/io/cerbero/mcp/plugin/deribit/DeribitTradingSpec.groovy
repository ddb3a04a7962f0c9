package io.cerbero.mcp.plugin.deribit

import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * place_order and cancel_order through core's order pipeline: rounding to tick (price bands) and step, the
 * account-wide leverage cap valued the Deribit way, dry run, labels, and that an order is sent at most once.
 *
 * <p>The stub account: 1.5 BTC × 95480.12 + 10 ETH × 3401.5 = 177235.18 USD of equity, so the default cap of 3 allows
 * 531705.54 USD of gross exposure.
 */
class DeribitTradingSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body, Environment env = Environment.TESTNET) {
        h.call(env, 'deribit', tool, body).body()
    }

    def 'a limit buy of an inverse perpetual rounds USD qty down to the contract size and the price down to the tick'() {
        given:
        venue.orderPrerequisites()
        venue.post('private/buy', 'buy')

        when:
        def r = call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"1234","type":"limit",' +
                '"price":"95000.7","client_order_id":"bot1-0001"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('order_id').asText() == '29920000001'
        r.path('requested_qty').decimalValue() == 1234G
        r.path('qty').decimalValue() == 1230G
        r.path('qty_unit').asText() == 'quote'
        r.path('requested_price').decimalValue() == 95000.7G
        r.path('price').decimalValue() == 95000.5G
        r.path('leverage').path('verdict').asText() == 'within_cap'
        r.path('leverage').path('currency').asText() == 'USD'

        and: 'the venue received exactly one private/buy with the label as client order id'
        venue.writes().size() == 1
        venue.lastWriteParams() == [instrument_name: 'BTC-PERPETUAL', amount: 1230, type: 'limit', price: 95000.5,
                                    label          : 'bot1-0001']
        venue.writes()[0].request.getHeader('Authorization') == 'Bearer ' + DeribitVenue.TOKEN
    }

    def 'a limit sell rounds the price up, never to a worse price; post_only and reduce_only are sent'() {
        given:
        venue.orderPrerequisites()
        venue.post('private/sell', 'buy')

        when:
        def r = call('place_order', '{"instrument":"BTC-PERPETUAL","side":"sell","qty":100,"type":"limit",' +
                '"price":95000.2,"post_only":true,"reduce_only":true}')

        then:
        r.path('price').decimalValue() == 95000.5G
        r.path('leverage').path('verdict').asText() == 'reduce_only'
        venue.lastWriteParams().post_only == true
        venue.lastWriteParams().reduce_only == true
        venue.calls('private/sell').size() == 1
        (venue.lastWriteParams().label as String).startsWith('cmcp-')
    }

    def 'an option is priced in the coin, sized in the coin, and ticks follow the price band'() {
        given:
        venue.orderPrerequisites()
        venue.post('private/' + side, 'buy')

        when:
        def r = call('place_order', '{"symbol":"BTC-31JAN25-100000-C","side":"' + side + '","qty":"0.25",' +
                '"type":"limit","price":"' + price + '"}')

        then:
        r.path('qty').decimalValue() == 0.2G
        r.path('qty_unit').asText() == 'base'
        r.path('price').decimalValue() == sent
        venue.lastWriteParams().price == sent

        where:
        side   | price     | sent
        'buy'  | '0.00437' | 0.0043G
        'buy'  | '0.00523' | 0.005G
        'sell' | '0.00523' | 0.0055G
        'sell' | '0.00431' | 0.0044G
    }

    def 'a qty that rounds below the minimum is INVALID_INPUT and nothing is sent'() {
        given:
        venue.orderPrerequisites()

        when:
        call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"9","type":"market"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.details().min_order_qty == '10'
        venue.writes().isEmpty()
    }

    def 'the leverage cap counts every position and resting order of the BTC account, valued in USD, and refuses before any order call'() {
        given: 'long 50000 USD perp + a resting 20000 USD buy (the reduce-only stop does not count) + a short option '
        // worth 0.31245 × 95480.12 = 29832.76 USD delta-equivalent: 99832.76 USD gross before the order; the BTC
        // account is segregated, so its equity alone backs BTC-PERPETUAL: 1.5 × 95480.12 = 143220.18 USD
        venue.orderPrerequisites([positions: 'positions', btcOrders: 'open_orders_btc'])
        venue.post('private/buy', 'buy')

        when: '440000 USD more makes 539832.76 > 3 × 143220.18'
        call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"440000","type":"market"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().max_leverage == 3G
        e.details().exposure_before == 99832.763494G
        e.details().exposure_after == 539832.763494G
        e.details().equity == 143220.18G
        venue.writes().isEmpty()

        and: 'the ETH account, which cannot margin a BTC order, was not read'
        venue.calls('private/get_account_summary').every { it.request.queryParams.currency.firstValue() == 'BTC' }
        venue.calls('private/get_open_orders_by_currency').every { it.request.queryParams.currency.firstValue() == 'BTC' }

        when: '320000 USD stays within: 419832.76 ≤ 429660.54'
        def r = call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"320000","type":"market"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('leverage').path('resulting_leverage').decimalValue() <= 3G
        venue.writes().size() == 1
    }

    def 'a cross-collateral BTC account is checked with every configured currency account added up'() {
        given: 'cross_sm: BTC 143220.18 + ETH 10 × the ETH index back the order together'
        venue.orderPrerequisites([positions: 'positions', btcOrders: 'open_orders_btc',
                                  btcSummary: 'account_summary_btc_cross'])
        venue.post('private/buy', 'buy')

        when: 'the 430000 USD the BTC account alone could not carry'
        def r = call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"430000","type":"market"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('leverage').path('equity').decimalValue() == 177235.18G
        venue.calls('private/get_account_summary').any { it.request.queryParams.currency.firstValue() == 'ETH' }
    }

    def 'an option order counts its delta-equivalent notional from the ticker'() {
        given:
        venue.orderPrerequisites()

        when:
        def r = call('place_order', '{"symbol":"BTC-31JAN25-100000-C","side":"sell","qty":"10","type":"limit",' +
                '"price":"0.0352","dry_run":true}')

        then: '0.31245 × 10 × 95480.12'
        r.path('leverage').path('exposure_after').decimalValue() == 298327.6349400G.stripTrailingZeros()
    }

    def 'a lower cap from DERIBIT_MAX_LEVERAGE is applied'() {
        given:
        h.close()
        h = venue.freshHarness([DERIBIT_MAX_LEVERAGE: '0.5'])
        venue.orderPrerequisites()

        when: '100000 USD over 177235.18 is 0.56x'
        call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"100000","type":"market"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        venue.writes().isEmpty()
    }

    def 'dry run returns the exact JSON-RPC request after rounding, with the token redacted, and sends no order'() {
        given:
        venue.orderPrerequisites()

        when:
        def r = call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"1234","type":"limit",' +
                '"price":"95000.7","client_order_id":"bot1-0001","dry_run":true}')
        def request = r.path('request')
        def body = new JsonSlurper().parseText(request.path('body').asText()) as Map

        then:
        r.path('status').asText() == 'dry_run'
        r.path('dry_run').asBoolean()
        request.path('method').asText() == 'POST'
        request.path('path').asText() == '/private/buy'
        request.path('headers').path('Authorization').asText() == '***'
        body.jsonrpc == '2.0'
        body.method == 'private/buy'
        body.params == [instrument_name: 'BTC-PERPETUAL', amount: 1230, type: 'limit', price: 95000.5,
                        label          : 'bot1-0001']
        !r.toString().contains(DeribitVenue.TOKEN)
        venue.writes().isEmpty()
    }

    def 'an order is sent once: a venue 5xx is not retried'() {
        given:
        venue.orderPrerequisites()
        venue.post('private/buy', 'buy', venue.testnet, 502)

        when:
        call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"100","type":"market",' +
                '"client_order_id":"once-1"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.details().client_order_id == 'once-1'
        venue.writes().size() == 1
    }

    def 'a 13009 on an order is not resent: it says nothing was placed and renews the token for the next call'() {
        given:
        venue.orderPrerequisites()
        venue.post('private/buy', 'error_13009_invalid_token', venue.testnet, 400)

        when:
        call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"100","type":"market"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.retryable()
        e.details().outcome == 'not_placed'
        venue.writes().size() == 1

        when:
        venue.get('private/get_account_summary', 'account_summary_btc', [currency: 'BTC'])
        h.call(Environment.TESTNET, 'deribit', 'get_account_summary', '{"currency":"BTC"}')

        then:
        venue.calls('public/auth').size() == 2
    }

    def 'a venue rejection of the order keeps the venue code and the client order id'() {
        given:
        venue.orderPrerequisites()
        venue.post('private/buy', 'error_10009_not_enough_funds', venue.testnet, 400)

        when:
        call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"100","type":"market",' +
                '"client_order_id":"poor-1"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 10009
        e.details().client_order_id == 'poor-1'
    }

    def 'a market order that fills at once reports the fill'() {
        given:
        venue.orderPrerequisites()
        venue.post('private/buy', 'buy_market_filled')

        when:
        def r = call('place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"1000","type":"market"}')

        then:
        r.path('order').path('status').asText() == 'filled'
        !r.path('order').has('price')
        r.path('order').path('avg_fill_price').decimalValue() == 95500.5G
        r.path('venue_specific').path('trades')[0].path('fee_currency').asText() == 'BTC'
        !venue.lastWriteParams().containsKey('price')
    }

    def 'cancel_order by order id sends private/cancel once'() {
        given:
        venue.post('private/cancel', 'cancel')

        when:
        def r = call('cancel_order', '{"order_id":"29915471701"}')

        then:
        r.path('status').asText() == 'cancel_requested'
        r.path('order').path('status').asText() == 'canceled'
        r.path('client_order_id').asText() == 'bot1-grid-7'
        venue.lastWriteParams() == [order_id: '29915471701']
        venue.writes().size() == 1
    }

    def 'cancel_order by client order id cancels by label in the instrument currency'() {
        given:
        venue.post('private/cancel_by_label', 'cancel_by_label')

        when:
        def r = call('cancel_order', '{"client_order_id":"bot1-0001","symbol":"BTC-PERPETUAL"}')

        then:
        r.path('venue_specific').path('cancelled').asInt() == 1
        venue.lastWriteParams() == [label: 'bot1-0001', currency: 'BTC']
    }

    def 'cancel_order dry run shows the request and sends nothing'() {
        when:
        def r = call('cancel_order', '{"order_id":"29915471701","symbol":"BTC-PERPETUAL","dry_run":true}')

        then:
        r.path('status').asText() == 'dry_run'
        r.path('request').path('path').asText() == '/private/cancel'
        venue.writes().isEmpty()
    }

    def 'shape errors are refused before any venue call'() {
        when:
        call(tool, body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.totalRequestCount() == 0

        where:
        tool           | body
        'place_order'  | '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"10","type":"market","price":"1"}'
        'place_order'  | '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"10","type":"limit"}'
        'place_order'  | '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"-10","type":"market"}'
        'place_order'  | '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"10","type":"market","post_only":true}'
        'place_order'  | '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"10","type":"market","client_order_id":"a b"}'
        'place_order'  | '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"10","type":"market","client_order_id":"' + 'x' * 65 + '"}'
        'cancel_order' | '{"symbol":"BTC-PERPETUAL"}'
        'cancel_order' | '{"order_id":"1","client_order_id":"x","symbol":"BTC-PERPETUAL"}'
    }
}
