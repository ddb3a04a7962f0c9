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
 * place_order through core's order pipeline: rounding to Alpaca's ticks and steps, the account-wide leverage cap
 * (ALPACA_MAX_LEVERAGE, default 1) over positions and resting orders, dry run, client order ids, reduce-only,
 * and an order sent at most once.
 *
 * The account in the stubs: equity 10 000 USD, long 10 AAPL worth 2 000, AAPL last traded at 200.05.
 */
class AlpacaPlaceOrderSpec extends Specification {

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String body) {
        h.call(Environment.TESTNET, 'alpaca', 'place_order', body).body()
    }

    def 'a limit buy rounds the price down to the cent and the qty down to whole shares, and shows both'() {
        given:
        venue.orderPrerequisites()
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"AAPL","side":"buy","qty":"10.7","type":"limit","price":"185.567",' +
                '"client_order_id":"bot1-0001"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('order_id').asText() == '3f9a1c2e-1111-4000-8000-0000000000c1'
        r.path('requested_qty').decimalValue() == 10.7G
        r.path('qty').decimalValue() == 10G
        r.path('qty_unit').asText() == 'base'
        r.path('requested_price').decimalValue() == 185.567G
        r.path('price').decimalValue() == 185.56G
        r.path('order').path('status').asText() == 'open'

        and: 'the leverage check counted the position and the order: (2 000 + 1 855.6) / 10 000'
        r.path('leverage').path('exposure_before').decimalValue() == 2000G
        r.path('leverage').path('exposure_after').decimalValue() == 3855.6G
        r.path('leverage').path('resulting_leverage').decimalValue() == 0.38556G
        r.path('leverage').path('max_leverage').decimalValue() == 1G

        and: 'the venue received exactly this body, once, with the paper keys'
        venue.writes().size() == 1
        venue.writes()[0].request.bodyAsString == '{"symbol":"AAPL","qty":"10","side":"buy","type":"limit",' +
                '"time_in_force":"day","limit_price":"185.56","client_order_id":"bot1-0001"}'
        venue.writes()[0].request.getHeader('APCA-API-KEY-ID') == AlpacaVenue.PAPER_KEY

        and: 'the account limits are in the answer'
        r.path('venue_specific').path('buying_power').decimalValue() == 20000G
        !r.path('venue_specific').path('pattern_day_trader').asBoolean()
    }

    def 'a limit sell rounds the price up, never to a worse price than asked'() {
        given:
        venue.orderPrerequisites()
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"AAPL","side":"sell","qty":5,"type":"limit","price":185.561,"time_in_force":"gtc"}')

        then:
        r.path('price').decimalValue() == 185.57G
        venue.sentBody().limit_price == '185.57'
        venue.sentBody().time_in_force == 'gtc'
    }

    def 'below one dollar the tick is a hundredth of a cent'() {
        given:
        venue.orderPrerequisites()
        venue.get('/v2/assets/PNNY', 'asset_penny')
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"PNNY","side":"buy","qty":"1000","type":"limit","price":"0.123456"}')

        then:
        r.path('price').decimalValue() == 0.1234G
        venue.sentBody().limit_price == '0.1234'
    }

    def 'a fractionable stock takes fractional shares to nine decimals'() {
        given:
        venue.orderPrerequisites()
        venue.get('/v2/assets/SPY', 'asset_spy_fractionable')
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"SPY","side":"buy","qty":"1.23456789012","type":"limit","price":"500"}')

        then:
        r.path('qty').decimalValue() == 1.23456789G
        venue.sentBody().qty == '1.23456789'
    }

    def 'a qty that rounds to no whole share is INVALID_INPUT and nothing is posted'() {
        given:
        venue.orderPrerequisites()

        when:
        call('{"symbol":"AAPL","side":"buy","qty":"0.5","type":"limit","price":"185"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.details().rounded_qty == 0G
        venue.writes().isEmpty()
    }

    def 'an option counts whole contracts of 100 shares and is valued at premium x 100'() {
        given:
        venue.orderPrerequisites()
        venue.get('/v2/options/contracts/AAPL250117C00150000', 'option_contract')
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"AAPL250117C00150000","side":"buy","qty":"2.7","type":"limit","price":"5.05"}')

        then:
        r.path('qty').decimalValue() == 2G
        r.path('qty_unit').asText() == 'contracts'
        r.path('leverage').path('exposure_after').decimalValue() == 3010G
        venue.sentBody().qty == '2'
    }

    def 'an order that would take the account above the cap is POLICY_REJECTED and never posted'() {
        given:
        venue.orderPrerequisites()

        when: '2 000 + 45 x 185 = 10 325 over equity 10 000'
        call('{"symbol":"AAPL","side":"buy","qty":"45","type":"limit","price":"185"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 1.0325G
        e.details().max_leverage == 1G
        venue.writes().isEmpty()

        and: 'it read the account, every position and the open orders first'
        venue.requests()*.request*.url.any { it == '/v2/account' }
        venue.requests()*.request*.url.any { it == '/v2/positions' }
        venue.requests()*.request*.url.any { it.startsWith('/v2/orders?status=open') }
    }

    def 'resting orders count: an order that fits alone is refused beside a resting buy'() {
        given: 'a resting buy of 5 MSFT at 300 (1 500)'
        venue.orderPrerequisites('positions_aapl_long', 'orders_open_msft')

        when: '2 000 + 1 500 + 40 x 185 = 10 900'
        call('{"symbol":"AAPL","side":"buy","qty":"40","type":"limit","price":"185"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().exposure_before == 3500G
        venue.writes().isEmpty()
    }

    def 'ALPACA_MAX_LEVERAGE raises the cap'() {
        given:
        h.close()
        h = venue.harness([ALPACA_MAX_LEVERAGE: '2'])
        venue.orderPrerequisites()
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"AAPL","side":"buy","qty":"45","type":"limit","price":"185"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('leverage').path('max_leverage').decimalValue() == 2G
    }

    def 'a position the venue has no market value for is valued at its entry price, never left out'() {
        given: 'short 3 option contracts without a market value: 3 x 100 x 4.00'
        venue.orderPrerequisites('positions_unpriced_option')
        venue.get('/v2/options/contracts/AAPL250117C00150000', 'option_contract')

        when:
        def r = call('{"symbol":"AAPL","side":"buy","qty":"1","type":"limit","price":"100","dry_run":true}')

        then:
        r.path('leverage').path('exposure_before').decimalValue() == 1200G
    }

    def 'a market order is valued at the latest trade'() {
        given:
        venue.orderPrerequisites()

        when: '2 000 + 40 x 200.05 = 10 002'
        call('{"symbol":"AAPL","side":"buy","qty":"40","type":"market"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 1.0002G
    }

    def 'a resting market order is valued at the latest trade, for its unfilled qty'() {
        given: 'a resting market buy of 3 AAPL, 1 filled: 2 x 200.05'
        venue.orderPrerequisites('empty_list', 'orders_open_market')
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"AAPL","side":"buy","qty":"1","type":"limit","price":"100","dry_run":true}')

        then:
        r.path('leverage').path('exposure_before').decimalValue() == 400.1G
    }

    def 'a stop order sends its stop price and is valued there'() {
        given:
        venue.orderPrerequisites()
        venue.write('POST', '/v2/orders', 'order_stop_accepted')

        when:
        def r = call('{"symbol":"AAPL","side":"sell","qty":"10","type":"stop","stop_price":"189.995","time_in_force":"gtc",' +
                '"client_order_id":"bot1-stop"}')

        then: 'a sell stop rounds up like a sell limit'
        venue.sentBody() == [symbol: 'AAPL', qty: '10', side: 'sell', type: 'stop', time_in_force: 'gtc',
                             stop_price: '190', client_order_id: 'bot1-stop']
        r.path('type').asText() == 'stop_market'
        r.path('leverage').path('verdict').asText() == 'lowers_exposure'
    }

    def 'a trailing stop sends its trail and no price'() {
        given:
        venue.orderPrerequisites()
        venue.write('POST', '/v2/orders', 'order_stop_accepted')

        when:
        call('{"symbol":"AAPL","side":"sell","qty":"10","type":"trailing_stop","trail_percent":"1.5"}')

        then:
        venue.sentBody().type == 'trailing_stop'
        venue.sentBody().trail_percent == '1.5'
        !venue.sentBody().containsKey('limit_price')
        !venue.sentBody().containsKey('stop_price')
    }

    def 'dry run returns the exact request with both keys redacted, after rounding and the check, and posts nothing'() {
        given:
        venue.orderPrerequisites()

        when:
        def r = call('{"symbol":"AAPL","side":"buy","qty":"10.7","type":"limit","price":"185.567",' +
                '"client_order_id":"bot1-0001","extended_hours":true,"dry_run":true}')
        def request = r.path('request')

        then:
        r.path('dry_run').asBoolean()
        r.path('status').asText() == 'dry_run'
        !r.has('order_id')
        request.path('method').asText() == 'POST'
        request.path('path').asText() == '/v2/orders'
        request.path('body').asText() == '{"symbol":"AAPL","qty":"10","side":"buy","type":"limit",' +
                '"time_in_force":"day","limit_price":"185.56","extended_hours":true,"client_order_id":"bot1-0001"}'
        request.path('headers').path('APCA-API-KEY-ID').asText() == '***'
        request.path('headers').path('APCA-API-SECRET-KEY').asText() == '***'
        !r.toString().contains(AlpacaVenue.PAPER_KEY)
        !r.toString().contains(AlpacaVenue.PAPER_SECRET)
        r.path('leverage').path('verdict').asText() == 'within_cap'
        venue.writes().isEmpty()
    }

    def 'without a client_order_id one is generated from the clock and a random part'() {
        given:
        venue.orderPrerequisites()

        when:
        def id = call('{"symbol":"AAPL","side":"buy","qty":"1","type":"limit","price":"185","dry_run":true}')
                .path('client_order_id').asText()

        then:
        id ==~ /cmcp-[0-9a-z]+-[0-9a-z]{10}/
        id.startsWith('cmcp-' + Long.toString(1735812000000L, 36) + '-')
    }

    def 'reduce_only is checked against the position and then skips the leverage check'() {
        given: 'a cap so low that any added exposure is refused'
        h.close()
        h = venue.harness([ALPACA_MAX_LEVERAGE: '0.1'])
        venue.orderPrerequisites()
        venue.get('/v2/positions/AAPL', 'position_aapl')
        venue.write('POST', '/v2/orders', 'order_accepted')

        when:
        def r = call('{"symbol":"AAPL","side":"sell","qty":"5","type":"market","reduce_only":true}')

        then:
        r.path('leverage').path('verdict').asText() == 'reduce_only'
        venue.writes().size() == 1

        when: 'a buy on a long position does not reduce it'
        call('{"symbol":"AAPL","side":"buy","qty":"5","type":"market","reduce_only":true}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT

        when: 'nor does selling more than the position'
        call('{"symbol":"AAPL","side":"sell","qty":"11","type":"market","reduce_only":true}')

        then:
        thrown(ToolException)
        venue.writes().size() == 1
    }

    def 'shape errors are refused before any venue call'() {
        when:
        call(body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.totalRequestCount() == 0

        where:
        body << ['{"symbol":"AAPL","side":"buy","qty":"1","type":"market","price":"185"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"limit"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"stop"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"stop_limit","price":"1"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"trailing_stop"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"trailing_stop","trail_price":"1","trail_percent":"1"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"limit","price":"1","trail_price":"1"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"market","extended_hours":true}',
                 '{"symbol":"AAPL","side":"buy","qty":"-1","type":"market"}',
                 '{"symbol":"AAPL250117C00150000","side":"buy","qty":"1","type":"stop","stop_price":"4"}',
                 '{"symbol":"AAPL250117C00150000","side":"buy","qty":"1","type":"limit","price":"4","time_in_force":"ioc"}',
                 '{"symbol":"BTC/USD","side":"buy","qty":"1","type":"market"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"market","client_order_id":"has space"}',
                 '{"symbol":"AAPL","side":"buy","qty":"1","type":"market","client_order_id":"' + 'x' * 129 + '"}',
                 '{"symbol":"AAPL","side":"hold","qty":"1","type":"market"}']
    }

    def 'a venue refusal is UPSTREAM_REJECTED with the venue code, the client order id, and sent only once'() {
        given:
        venue.orderPrerequisites()
        venue.write('POST', '/v2/orders', 'error_403_buying_power', 403)

        when:
        call('{"symbol":"AAPL","side":"buy","qty":"1","type":"limit","price":"185","client_order_id":"bot1-0002"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 40310000L
        e.details().venue_message == 'insufficient buying power'
        e.details().client_order_id == 'bot1-0002'
        !e.retryable()
        venue.writes().size() == 1
    }

    def 'a dropped connection after the send is reconciled by client order id and never resent'() {
        given:
        venue.orderPrerequisites()
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/v2/orders'))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
        venue.get('/v2/orders:by_client_order_id', 'order_accepted', [client_order_id: 'bot1-0001'])

        when:
        def r = call('{"symbol":"AAPL","side":"buy","qty":"10","type":"limit","price":"185.5","client_order_id":"bot1-0001"}')

        then:
        r.path('status').asText() == 'placed_after_unknown'
        r.path('order_id').asText() == '3f9a1c2e-1111-4000-8000-0000000000c1'
        venue.writes().size() == 1
    }

    def 'after a dropped connection, an order the venue does not know is reported not placed'() {
        given:
        venue.orderPrerequisites()
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/v2/orders'))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
        venue.get('/v2/orders:by_client_order_id', 'error_404_order', [client_order_id: 'bot1-0003'], venue.testnet, 404)

        when:
        call('{"symbol":"AAPL","side":"buy","qty":"10","type":"limit","price":"185.5","client_order_id":"bot1-0003"}')

        then:
        def e = thrown(ToolException)
        e.details().outcome == 'not_placed'
        e.details().client_order_id == 'bot1-0003'
        !e.retryable()
        venue.writes().size() == 1
    }
}
