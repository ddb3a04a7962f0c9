package io.cerbero.mcp.plugin.bybit

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** place_batch_order: the batch is validated as a whole before anything is sent; per-item outcomes are reported. */
class BybitBatchOrderSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def batch(List<Map> orders, Map extra = [:]) {
        h.call(Environment.TESTNET, 'bybit', 'place_batch_order', JsonOutput.toJson([orders: orders] + extra)).body()
    }

    static Map order(Map fields = [:]) {
        [symbol: 'BTCUSDT', side: 'buy', qty: '0.01', type: 'limit', price: '60000'] + fields
    }

    def 'a batch is sent once with the category at the top and each item reported from retExtInfo'() {
        given:
        venue.orderPrerequisites()
        venue.post('/v5/order/create-batch', 'order_create_batch_partial')

        when:
        def r = batch([order(client_order_id: 'bot1-0002', price: '60000.17'),
                       order(client_order_id: 'bot1-0003', side: 'sell', price: '70000.01')])

        then: 'the second item failed at the venue although the top-level retCode was 0'
        r.path('accepted').asInt() == 1
        r.path('rejected').asInt() == 1
        r.path('orders')[0].path('status').asText() == 'accepted'
        r.path('orders')[0].path('order_id').asText() == '1666800494330512128'
        r.path('orders')[1].path('status').asText() == 'rejected'
        r.path('orders')[1].path('venue_code').asInt() == 110007
        r.path('orders')[1].path('venue_message').asText() == 'Insufficient available balance'

        and: 'rounding applied per item: buy down, sell up'
        def sent = new JsonSlurper().parseText(venue.posts()[0].request.bodyAsString)
        venue.posts().size() == 1
        sent.category == 'linear'
        sent.request*.price == ['60000.1', '70000.1']
        sent.request*.orderLinkId == ['bot1-0002', 'bot1-0003']
        sent.request.every { !it.containsKey('category') }
    }

    def 'one item below the minimum qty refuses the whole batch and nothing is sent'() {
        given:
        venue.orderPrerequisites()

        when:
        batch([order(), order(qty: '0.0004'), order()])

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.startsWith('orders[1]: ')
        venue.posts().isEmpty()
    }

    def 'one item on an unknown symbol refuses the whole batch, naming the item'() {
        given:
        venue.orderPrerequisites()
        venue.get('/v5/market/instruments-info', 'market_instruments_linear_eth', [category: 'linear', symbol: 'NOPEUSDT'])

        when:
        batch([order(), order(symbol: 'NOPEUSDT')])

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.startsWith('orders[1]: ')
        venue.posts().isEmpty()
    }

    def 'shape problems are refused before any venue call'() {
        when:
        batch(orders, extra)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests().isEmpty()

        where:
        orders                                                          | extra
        []                                                              | [:]
        (1..21).collect { order(client_order_id: "id-$it") }            | [:]
        (1..11).collect { order(client_order_id: "id-$it") }            | [category: 'spot']
        [order(client_order_id: 'same'), order(client_order_id: 'same')] | [:]
        [order(), order(type: 'market')]                                | [:]
    }

    def 'the account-wide leverage cap counts the whole batch: two orders each under the cap can be refused together'() {
        given: 'flat, equity 10 000, cap 3x; each order is 1.6x, both 3.2x'
        venue.orderPrerequisites()

        when:
        batch([order(qty: '0.2', price: '80000'), order(qty: '0.2', price: '80000')])

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 3.2G
        venue.posts().isEmpty()
    }

    def 'a buy and a sell are checked on the worse side, not summed'() {
        given:
        venue.orderPrerequisites()

        when: 'buy 0.2 and sell 0.2 at 80 000: worst case 1.6x either way'
        def r = batch([order(qty: '0.2', price: '80000'), order(qty: '0.2', side: 'sell', price: '80000')], [dry_run: true])

        then:
        r.path('leverage').path('resulting_leverage').decimalValue() == 1.6G
        r.path('leverage').path('verdict').asText() == 'within_cap'
    }

    def 'the batch is checked against the whole account, other symbols included'() {
        given: 'already long 0.1 BTCUSDT at 100 000 (1x of 10 000)'
        venue.orderPrerequisites('position_list_long')
        venue.getLiteral('/v5/market/instruments-info', BybitVenue.body('market_instruments_linear_eth'))
        venue.get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'])

        when: 'BTCUSDT 0.1 x 80 000 and ETHUSDT 2 x 3 000: 10 000 + 8 000 + 6 000 = 2.4x'
        def r = batch([order(qty: '0.1', price: '80000'), order(symbol: 'ETHUSDT', qty: '2', price: '3000')],
                [dry_run: true])

        then:
        r.path('leverage').path('exposure_before').decimalValue() == 10000G
        r.path('leverage').path('exposure_after').decimalValue() == 24000G
        r.path('leverage').path('resulting_leverage').decimalValue() == 2.4G
    }

    def 'a batch of reduce-only orders is not leverage-checked and reads no account'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'])

        when:
        def r = batch([order(reduce_only: true, side: 'sell'), order(reduce_only: true, side: 'sell', price: '61000')],
                [dry_run: true])

        then:
        r.path('leverage').path('verdict').asText() == 'reduce_only'
        venue.requests()*.request*.url.every { !it.startsWith('/v5/account') && !it.startsWith('/v5/position') }
    }

    def 'a dry run batch returns the signed request and posts nothing'() {
        given:
        venue.orderPrerequisites()

        when:
        def r = batch([order(client_order_id: 'a1'), order(client_order_id: 'a2', side: 'sell', price: '70000')],
                [dry_run: true])

        then:
        r.path('dry_run').asBoolean()
        r.path('orders')*.path('status')*.asText() == ['dry_run', 'dry_run']
        r.path('request').path('path').asText() == '/v5/order/create-batch'
        new JsonSlurper().parseText(r.path('request').path('body').asText()).request.size() == 2
        r.path('request').path('headers').path('X-BAPI-API-KEY').asText() == '***'
        venue.posts().isEmpty()
    }
}
