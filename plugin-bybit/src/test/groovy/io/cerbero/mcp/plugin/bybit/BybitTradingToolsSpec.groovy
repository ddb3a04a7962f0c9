package io.cerbero.mcp.plugin.bybit

import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.http.Fault
import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * place_order, cancel_order and set_leverage: rounding, the leverage cap, dry run, client order ids, and that an
 * order is sent at most once.
 */
class BybitTradingToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'bybit', tool, body).body()
    }

    Map sentBody() {
        new JsonSlurper().parseText(venue.posts().last().request.bodyAsString) as Map
    }

    def 'a limit buy rounds the price down to the tick and the qty down to the step, and shows both'() {
        given:
        venue.orderPrerequisites()
        venue.post('/v5/order/create', 'order_create')

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.0157","type":"limit","price":"60000.17",' +
                '"client_order_id":"bot1-0001"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('order_id').asText() == '1321003749386327552'
        r.path('requested_qty').decimalValue() == 0.0157G
        r.path('qty').decimalValue() == 0.015G
        r.path('qty_unit').asText() == 'base'
        r.path('requested_price').decimalValue() == 60000.17G
        r.path('price').decimalValue() == 60000.1G
        r.path('client_order_id').asText() == 'bot1-0001'

        and: 'the venue received exactly this body, once'
        venue.posts().size() == 1
        venue.posts()[0].request.bodyAsString ==
                '{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.015",' +
                '"price":"60000.1","timeInForce":"GTC","orderLinkId":"bot1-0001"}'
    }

    def 'a limit sell rounds the price up, never to a worse price than asked'() {
        given:
        venue.orderPrerequisites()
        venue.post('/v5/order/create', 'order_create')

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"sell","qty":0.01,"type":"limit","price":60000.11,' +
                '"post_only":true}')

        then:
        r.path('price').decimalValue() == 60000.2G
        sentBody().price == '60000.2'
        sentBody().timeInForce == 'PostOnly'
    }

    def 'a qty that rounds below the minimum order qty is INVALID_INPUT and nothing is posted'() {
        given:
        venue.orderPrerequisites()

        when:
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.0009","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('below the minimum 0.001')
        venue.posts().isEmpty()
    }

    def 'an order below the minimum notional is INVALID_INPUT'() {
        given:
        venue.orderPrerequisites()

        when: '0.001 x 4000 = 4 < 5 USDT'
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.001","type":"limit","price":"4000"}')

        then:
        thrown(ToolException)
        venue.posts().isEmpty()
    }

    def 'shape errors are refused before any venue call'() {
        when:
        call('place_order', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests().isEmpty()

        where:
        body << ['{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"market","price":"60000"}',
                 '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit"}',
                 '{"symbol":"BTCUSDT","side":"buy","qty":"-1","type":"market"}',
                 '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"market","post_only":true}',
                 '{"symbol":"BTCUSDT","side":"hold","qty":"0.01","type":"market"}',
                 '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"market","client_order_id":"has space"}',
                 '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"market","client_order_id":"' + 'x' * 37 + '"}']
    }

    def 'dry run returns the signed request with key and signature redacted, after rounding, and posts nothing'() {
        given:
        venue.orderPrerequisites()

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.0157","type":"limit","price":"60000.17",' +
                '"client_order_id":"bot1-0001","dry_run":true}')
        def request = r.path('request')

        then:
        r.path('dry_run').asBoolean()
        r.path('status').asText() == 'dry_run'
        !r.has('order_id')
        request.path('method').asText() == 'POST'
        request.path('path').asText() == '/v5/order/create'
        request.path('body').asText() ==
                '{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.015",' +
                '"price":"60000.1","timeInForce":"GTC","orderLinkId":"bot1-0001"}'
        request.path('headers').path('X-BAPI-API-KEY').asText() == '***'
        request.path('headers').path('X-BAPI-SIGN').asText() == '***'
        request.path('headers').path('X-BAPI-TIMESTAMP').asText() == '1735812000000'
        request.path('headers').path('X-BAPI-RECV-WINDOW').asText() == '5000'
        !r.toString().contains(BybitVenue.API_KEY)
        !r.toString().contains(BybitVenue.API_SECRET)
        venue.posts().isEmpty()
    }

    def 'without a client_order_id one is generated from the clock and a random part, at most 36 chars'() {
        given:
        venue.orderPrerequisites()

        when:
        def id = call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000",' +
                '"dry_run":true}').path('client_order_id').asText()

        then:
        id ==~ /cmcp-[0-9a-z]+-[0-9a-z]{10}/
        id.length() <= 36
        id.startsWith('cmcp-' + Long.toString(1735812000000L, 36) + '-')
    }

    def 'an order that would take the account above the leverage cap is POLICY_REJECTED and never posted'() {
        given: 'equity 10 000, long 0.1 BTC marked at 100 000 (1x); cap 3x'
        venue.orderPrerequisites('position_list_long')

        when: '0.3 x 80 000 = 24 000 more: (10 000 + 24 000) / 10 000 = 3.4x'
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.3","type":"limit","price":"80000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 3.4G
        e.details().max_leverage == 3G
        venue.posts().isEmpty()

        and: 'it read the wallet and the position first, as documented'
        venue.requests()*.request*.url.any { it.startsWith('/v5/account/wallet-balance') }
        venue.requests()*.request*.url.any { it.startsWith('/v5/position/list') }
    }

    def 'the leverage cap is account-wide: every symbol, category and resting order counts, reduce-only ones do not'() {
        given: 'BTCUSDT long 10 000, BTCUSD (inverse) short 3 000 USD, resting ETHUSDT buy 0.8 x 3 000 and SOLUSDT stop buy 10 x 200'
        venue.orderPrerequisites('position_list_long')
        venue.get('/v5/position/list', 'position_list_inverse_short', [category: 'inverse'])
        venue.get('/v5/order/realtime', 'order_realtime_resting', [category: 'linear', settleCoin: 'USDT'])
        venue.post('/v5/order/create', 'order_create')

        when: 'gross 17 400 before; a BTCUSDT buy of 0.1 x 100 000 ends at 27 400'
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.1","type":"limit","price":"100000"}')

        then:
        r.path('leverage').path('exposure_before').decimalValue() == 17400G
        r.path('leverage').path('exposure_after').decimalValue() == 27400G
        r.path('leverage').path('current_leverage').decimalValue() == 1.74G
        r.path('leverage').path('resulting_leverage').decimalValue() == 2.74G
        r.path('leverage').path('currency').asText() == 'USD'

        when: '0.13 more ends at 30 400 = 3.04x, although BTCUSDT alone would be 2.3x'
        venue.testnet.resetRequests()
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.13","type":"limit","price":"100000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 3.04G
        e.details().exposure_before == 17400G
        venue.posts().isEmpty()
    }

    def 'the account is read in every scope Bybit needs: linear per settle coin, inverse, options, spot orders'() {
        given:
        venue.orderPrerequisites()

        when:
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000","dry_run":true}')
        def reads = venue.requests()*.request.findAll { it.url.startsWith('/v5/position') || it.url.startsWith('/v5/order') }
        def scopes = { String path -> reads.findAll { it.url.startsWith(path) }
                .collect { it.queryParameter('category').firstValue() + ':' + (it.queryParameter('settleCoin').present ? it.queryParameter('settleCoin').firstValue() : '') }
                .toSet() }

        then:
        scopes('/v5/position/list') == ['linear:USDT', 'linear:USDC', 'inverse:', 'option:'] as Set
        scopes('/v5/order/realtime') == ['linear:USDT', 'linear:USDC', 'inverse:', 'option:', 'spot:'] as Set
        reads.every { it.getHeader('X-BAPI-SIGN') == BybitVenue.expectedSignature(BybitVenue.API_SECRET, it) }
    }

    def 'a dropped connection on create is reconciled by orderLinkId: found resting, the order is placed_after_unknown'() {
        given:
        venue.orderPrerequisites()
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/v5/order/create'))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
        venue.get('/v5/order/realtime', 'order_realtime', [category: 'linear', symbol: 'BTCUSDT', orderLinkId: 'bot1-0001',
                                                            openOnly: '0'])

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000",' +
                '"client_order_id":"bot1-0001"}')

        then: 'sent once, then looked up'
        r.path('status').asText() == 'placed_after_unknown'
        r.path('order_id').asText() == 'fd4300ae-7847-404e-b947-b46980a4d140'
        r.path('order').path('status').asText() == 'open'
        venue.posts().size() == 1
    }

    def 'a dropped connection on a market order that filled at once is found among the recent closed orders'() {
        given:
        venue.orderPrerequisites()
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/v5/order/create'))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
        venue.get('/v5/order/realtime', 'order_realtime_filled', [orderLinkId: 'bot1-0042', openOnly: '1'])

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"market",' +
                '"client_order_id":"bot1-0042"}')

        then:
        r.path('status').asText() == 'placed_after_unknown'
        r.path('order').path('status').asText() == 'filled'
        r.path('order').path('type').asText() == 'market'
        !r.path('order').has('price')
        r.path('order').path('avg_fill_price').decimalValue() == 100052.10G
        venue.posts().size() == 1
    }

    def 'a dropped connection on create whose order Bybit does not know, open or closed, says not_placed'() {
        given:
        venue.orderPrerequisites()
        venue.testnet.stubFor(WireMock.post(urlPathEqualTo('/v5/order/create'))
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))

        when:
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000",' +
                '"client_order_id":"bot1-0009"}')

        then:
        def e = thrown(ToolException)
        e.details().outcome == 'not_placed'
        e.details().client_order_id == 'bot1-0009'
        !e.retryable()
        venue.posts().size() == 1
        venue.requests()*.request*.url.findAll { it.contains('orderLinkId=bot1-0009') }.size() == 2
    }

    def 'an order landing exactly on the cap passes and reports the check'() {
        given:
        venue.orderPrerequisites('position_list_long')
        venue.post('/v5/order/create', 'order_create')

        when: '(10 000 + 0.25 x 80 000) / 10 000 = 3x'
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.25","type":"limit","price":"80000"}')

        then:
        r.path('leverage').path('current_leverage').decimalValue() == 1G
        r.path('leverage').path('resulting_leverage').decimalValue() == 3G
        r.path('leverage').path('verdict').asText() == 'within_cap'
        venue.posts().size() == 1
    }

    def 'a market order is valued at the mark price'() {
        given:
        venue.orderPrerequisites()

        when: 'flat: 0.3 x 100 052 / 10 000 = 3.00156x'
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.3","type":"market"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 3.00156G
        venue.posts().isEmpty()
    }

    def 'an order that reduces exposure passes even when the account is already above the cap'() {
        given: 'cap 0.5x, already 1x long'
        h.close()
        h = venue.harness([BYBIT_MAX_LEVERAGE: '0.5'])
        venue.orderPrerequisites('position_list_long')
        venue.post('/v5/order/create', 'order_create')

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"sell","qty":"0.05","type":"limit","price":"100000"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('leverage').path('resulting_leverage').decimalValue() == 1G
        r.path('leverage').path('verdict').asText() == 'lowers_exposure'
    }

    def 'a reduce-only order is not leverage-checked and needs neither wallet nor position'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'])
        venue.post('/v5/order/create', 'order_create')

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","side":"sell","qty":"5","type":"market","reduce_only":true}')

        then:
        r.path('leverage').path('verdict').asText() == 'reduce_only'
        sentBody().reduceOnly == true
        !sentBody().containsKey('timeInForce')
        venue.requests()*.request*.url.every { !it.startsWith('/v5/account') && !it.startsWith('/v5/position') }
    }

    def 'a spot market order states its qty in base coin and is valued at the last price'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_spot', [category: 'spot', symbol: 'BTCUSDT'])
        venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'])
        venue.get('/v5/market/tickers', 'market_tickers_spot', [category: 'spot', symbol: 'BTCUSDT'])
        venue.emptyAccount()

        when:
        def r = call('place_order', '{"symbol":"BTCUSDT","category":"spot","side":"buy","qty":"0.0123456789",' +
                '"type":"market","dry_run":true}')

        then:
        r.path('qty').decimalValue() == 0.012345G
        r.path('request').path('body').asText() ==
                '{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Market","qty":"0.012345",' +
                '"marketUnit":"baseCoin","orderLinkId":"' + r.path('client_order_id').asText() + '"}'
        r.path('leverage').path('exposure_after').decimalValue() == 1234.5G
        venue.posts().isEmpty()
    }

    def 'an inverse order counts USD: its qty is the notional, valued without a price'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_inverse_btc_all', [category: 'inverse', symbol: 'BTCUSD'])
        venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'])
        venue.emptyAccount()

        when:
        def r = call('place_order', '{"symbol":"BTCUSD","category":"inverse","side":"sell","qty":"5000.7",' +
                '"type":"market","dry_run":true}')

        then:
        r.path('qty').decimalValue() == 5000G
        r.path('qty_unit').asText() == 'quote'
        r.path('leverage').path('exposure_after').decimalValue() == 5000G
        r.path('leverage').path('resulting_leverage').decimalValue() == 0.5G
        venue.requests().every { !it.request.url.startsWith('/v5/market/tickers') }
        venue.posts().isEmpty()
    }

    def 'order placement is never retried: a 5xx on create is UPSTREAM_ERROR after exactly one POST'() {
        given:
        venue.orderPrerequisites()
        venue.post('/v5/order/create', 'error_10016_server', venue.testnet, 503)

        when:
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        venue.posts().size() == 1
    }

    def 'a venue order rejection is UPSTREAM_REJECTED with the venue code'() {
        given:
        venue.orderPrerequisites()
        venue.post('/v5/order/create', 'error_110007_balance')

        when:
        call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 110007
        e.details().endpoint == '/v5/order/create'
        venue.posts().size() == 1
    }

    def 'the instrument rules are cached: a second order does not fetch them again'() {
        given:
        venue.orderPrerequisites()

        when:
        for (int i = 0; i < 2; i++) {
            call('place_order', '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000","dry_run":true}')
        }

        then:
        venue.requests().count { it.request.url.startsWith('/v5/market/instruments-info') } == 1
    }

    def 'cancel_order sends the client order id as orderLinkId'() {
        given:
        venue.post('/v5/order/cancel', 'order_cancel')

        when:
        def r = call('cancel_order', '{"symbol":"BTCUSDT","client_order_id":"bot1-0001"}')

        then:
        r.path('status').asText() == 'cancel_requested'
        r.path('order_id').asText() == '1321003749386327552'
        sentBody() == [category: 'linear', symbol: 'BTCUSDT', orderLinkId: 'bot1-0001']
    }

    def 'cancel_order needs exactly one id, and its dry run posts nothing'() {
        when:
        call('cancel_order', '{"symbol":"BTCUSDT"}')

        then:
        thrown(ToolException)

        when:
        def r = call('cancel_order', '{"symbol":"BTCUSDT","order_id":"42","dry_run":true}')

        then:
        r.path('request').path('body').asText() == '{"category":"linear","symbol":"BTCUSDT","orderId":"42"}'
        r.path('request').path('headers').path('X-BAPI-SIGN').asText() == '***'
        venue.requests().isEmpty()
    }

    def 'set_leverage above the cap is POLICY_REJECTED and the venue sees no request at all'() {
        when:
        call('set_leverage', '{"symbol":"BTCUSDT","leverage":"5"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        venue.testnet.allServeEvents.isEmpty()
        venue.live.allServeEvents.isEmpty()
    }

    def 'set_leverage within the cap sends equal buy and sell leverage'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'])
        venue.post('/v5/position/set-leverage', 'position_set_leverage')

        when:
        def r = call('set_leverage', '{"symbol":"BTCUSDT","leverage":2.50}')

        then:
        r.path('status').asText() == 'set'
        r.path('changed').asBoolean()
        venue.posts()[0].request.bodyAsString ==
                '{"category":"linear","symbol":"BTCUSDT","buyLeverage":"2.5","sellLeverage":"2.5"}'
    }

    def 'set_leverage to the value already set (110043) is a success that says unchanged'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'])
        venue.post('/v5/position/set-leverage', 'error_110043_leverage_not_modified')

        when:
        def r = call('set_leverage', '{"symbol":"BTCUSDT","leverage":2}')

        then:
        r.path('status').asText() == 'unchanged'
        !r.path('changed').asBoolean()
    }

    def 'set_leverage off the instrument\'s leverage step is INVALID_INPUT; its dry run posts nothing'() {
        given:
        venue.get('/v5/market/instruments-info', 'market_instruments_linear', [category: 'linear', symbol: 'BTCUSDT'])

        when:
        call('set_leverage', '{"symbol":"BTCUSDT","leverage":"2.005"}')

        then:
        thrown(ToolException)

        when:
        def r = call('set_leverage', '{"symbol":"BTCUSDT","leverage":"2","dry_run":true}')

        then:
        r.path('request').path('path').asText() == '/v5/position/set-leverage'
        venue.posts().isEmpty()
    }
}
