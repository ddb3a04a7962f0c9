package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.JsonNode
import com.github.tomakehurst.wiremock.client.WireMock
import com.github.tomakehurst.wiremock.http.Fault
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo

/**
 * place_order and cancel_order through core's order pipeline: rounding to the venue's rules, the account-wide
 * leverage cap before anything is signed, dry run, cloids, nonces, per-order errors, and that an order is sent at
 * most once. The stub recovers the signer of every /exchange request and refuses any but the API wallet.
 */
class HyperliquidTradingToolsSpec extends Specification {
    static final long NOW_MS = PluginHarness.NOW.toEpochMilli()
    static final String CLOID = '0x00000000000000000000000000000001'

    @Shared @AutoCleanup('stop') HyperliquidVenue venue = new HyperliquidVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    JsonNode call(String tool, String body, Environment env = Environment.TESTNET) {
        h.call(env, 'hyperliquid', tool, body).body()
    }

    JsonNode sent(int index = -1) {
        HyperliquidVenue.JSON.readTree(venue.exchanges()[index].request.bodyAsString)
    }

    def 'a limit buy is rounded (size down to szDecimals, price down to 5 significant figures), signed by the API wallet and sent once'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        def r = call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.012345678","type":"limit",' +
                '"price":"60123.47","client_order_id":"' + CLOID + '"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('order_id').asText() == '91491000'
        r.path('client_order_id').asText() == CLOID
        r.path('requested_qty').decimalValue() == 0.012345678G
        r.path('qty').decimalValue() == 0.01234G
        r.path('requested_price').decimalValue() == 60123.47G
        r.path('price').decimalValue() == 60123G
        r.path('venue_specific').path('venue_status').asText() == 'resting'

        and: 'exactly this action went out once, in the venue key order, with the session clock as nonce'
        venue.exchanges().size() == 1
        sent().path('action').toString() == '{"type":"order","orders":[{"a":0,"b":true,"p":"60123","s":"0.01234",' +
                '"r":false,"t":{"limit":{"tif":"Gtc"}},"c":"' + CLOID + '"}],"grouping":"na"}'
        sent().path('nonce').asLong() == NOW_MS
        sent().path('vaultAddress').isNull()

        and: 'the stub recovered the API wallet from the signature with the testnet source'
        StubSignatureCheck.signer(venue.exchanges()[0].request.bodyAsString, 'b') == HyperliquidVenue.TESTNET_API_WALLET
    }

    def 'a limit sell rounds its price up, never to a worse price than asked'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        def r = call('place_order', '{"symbol":"BTC","side":"sell","qty":0.01,"type":"limit","price":60123.41,' +
                '"post_only":true}')

        then:
        r.path('price').decimalValue() == 60124G
        sent().path('action').path('orders')[0].path('p').asText() == '60124'
        sent().path('action').path('orders')[0].path('t').path('limit').path('tif').asText() == 'Alo'
    }

    def 'prices keep 6 - szDecimals decimals on small coins: #price on kPEPE goes out as #wire'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        call('place_order', '{"symbol":"kPEPE","side":"buy","qty":"1500.7","type":"limit","price":"' + price + '"}')

        then:
        sent().path('action').path('orders')[0].path('p').asText() == wire
        sent().path('action').path('orders')[0].path('s').asText() == '1500'

        where:
        price         | wire
        '0.0104123456' | '0.010412'
        '0.01'         | '0.01'
        '0.0123456'    | '0.012345'
    }

    def 'a market #side is an aggressive IOC limit at mid #bound 5 %, rounded towards the mid'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_filled')

        when:
        def r = call('place_order', '{"symbol":"BTC","side":"' + side + '","qty":"0.01","type":"market"}')

        then: 'mid 60000.5'
        sent().path('action').path('orders')[0].path('p').asText() == px
        sent().path('action').path('orders')[0].path('t').path('limit').path('tif').asText() == 'Ioc'
        r.path('venue_specific').path('venue_status').asText() == 'filled'
        r.path('venue_specific').path('avg_fill_price').decimalValue() == 60001.5G
        r.path('order_id').asText() == '91491001'

        and: 'the mid the leverage check valued the order at is the one the IOC bound uses: one allMids read'
        venue.infoTypes().count('allMids') == 1

        where:
        side   | bound | px
        'buy'  | '+'   | '63000'
        'sell' | '-'   | '57001'
    }

    def 'an order that would take the account above the cap is POLICY_REJECTED before anything is signed or sent'() {
        given: 'flat account, equity 10000 USDC, cap 3: at most 30000 of exposure'
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when: '0.6 BTC at 60000 = 36000'
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.6","type":"limit","price":"60000"' +
                (dryRun ? ',"dry_run":true' : '') + '}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().max_leverage == 3G
        e.details().requested_leverage == 3.6G
        venue.exchanges().isEmpty()

        where:
        dryRun << [false, true]
    }

    def 'the cap counts every position and resting order of the account, not the one symbol'() {
        given: 'long 0.2 BTC (12000) + a resting BTC buy (2750), short ETH (4575), a resting SOL sell (2000): 21325'
        venue.orderPrerequisites('clearinghouse_long_btc', 'open_orders')
        venue.exchange('exchange_order_resting')

        when: '9000 more would be 30325 > 30000'
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.15","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().exposure_before == 21325G
        venue.exchanges().isEmpty()

        when: '8400 more is 29725: within the cap'
        def r = call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.14","type":"limit","price":"60000"}')

        then:
        r.path('leverage').path('verdict').asText() == 'within_cap'
        r.path('leverage').path('exposure_after').decimalValue() == 29725G
        venue.exchanges().size() == 1
    }

    def 'the cap follows HYPERLIQUID_MAX_LEVERAGE'() {
        given:
        h.close()
        h = venue.freshHarness([HYPERLIQUID_MAX_LEVERAGE: '4'])
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        def r = call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.6","type":"limit","price":"60000"}')

        then:
        r.path('status').asText() == 'accepted'
        r.path('leverage').path('max_leverage').decimalValue() == 4G
    }

    def 'a reduce-only order is not held to the cap'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        def r = call('place_order', '{"symbol":"BTC","side":"sell","qty":"5","type":"limit","price":"60000",' +
                '"reduce_only":true}')

        then:
        r.path('leverage').path('verdict').asText() == 'reduce_only'
        sent().path('action').path('orders')[0].path('r').asBoolean()
    }

    def 'dry run returns the exact action, nonce and signature that would be sent, and sends nothing'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        def r = call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000",' +
                '"client_order_id":"' + CLOID + '","dry_run":true}')
        def request = r.path('request')
        def body = HyperliquidVenue.JSON.readTree(request.path('body').asText())

        then:
        r.path('status').asText() == 'dry_run'
        r.path('dry_run').asBoolean()
        request.path('method').asText() == 'POST'
        request.path('path').asText() == '/exchange'
        body.path('action').toString() == '{"type":"order","orders":[{"a":0,"b":true,"p":"60000","s":"0.01",' +
                '"r":false,"t":{"limit":{"tif":"Gtc"}},"c":"' + CLOID + '"}],"grouping":"na"}'
        body.path('nonce').asLong() == NOW_MS
        body.path('signature').path('v').asInt() in [27, 28]

        and: 'the signature in the dry run is a real one, by the API wallet'
        StubSignatureCheck.signer(request.path('body').asText(), 'b') == HyperliquidVenue.TESTNET_API_WALLET

        and:
        venue.exchanges().isEmpty()
    }

    def 'nonces strictly increase within a session even when the clock stands still'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        for (int i = 0; i < 3; i++) {
            call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000"}')
        }

        then:
        venue.exchanges()*.request*.bodyAsString.collect { HyperliquidVenue.JSON.readTree(it).path('nonce').asLong() } ==
                [NOW_MS, NOW_MS + 1, NOW_MS + 2]
    }

    def 'a generated cloid is 128-bit hex that starts with the clock\'s milliseconds'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_resting')

        when:
        def r = call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000"}')
        String cloid = r.path('client_order_id').asText()

        then:
        cloid ==~ /0x[0-9a-f]{32}/
        cloid.substring(2, 14) == String.format('%012x', NOW_MS)
        sent().path('action').path('orders')[0].path('c').asText() == cloid
    }

    def 'a malformed cloid is INVALID_INPUT before any venue call: #cloid'() {
        when:
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"market","client_order_id":"' + cloid + '"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests().isEmpty()

        where:
        cloid << ['bot-1', '0x123', '0x' + 'g' * 32, '0x' + '0' * 33]
    }

    def 'a per-order error inside status ok is UPSTREAM_REJECTED with the venue\'s message'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_order_error')

        when:
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.001","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_message.startsWith('Order must have minimum value of $10')
        e.details().client_order_id ==~ /0x[0-9a-f]{32}/
        e.suggestedFix().get().contains('raise qty')
    }

    def 'status err is UPSTREAM_REJECTED with a fix'() {
        given:
        venue.orderPrerequisites()
        venue.exchange('exchange_err_margin')

        when:
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_message.startsWith('Insufficient margin')
        e.suggestedFix().get().contains('collateral')
    }

    def 'an order is never retried: a 502 from /exchange is one request and an error'() {
        given:
        venue.orderPrerequisites()
        venue.testnet.stubFor(WireMock.post(urlEqualTo('/exchange')).atPriority(5)
                .willReturn(HyperliquidVenue.json('{}', 502)))

        when:
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        venue.exchanges().size() == 1
    }

    def 'a dropped connection after sending is reconciled by cloid: found means placed_after_unknown'() {
        given:
        venue.orderPrerequisites()
        venue.testnet.stubFor(WireMock.post(urlEqualTo('/exchange')).atPriority(5)
                .willReturn(WireMock.aResponse().withFault(Fault.EMPTY_RESPONSE)))
        venue.info('orderStatus', stub, [user: HyperliquidVenue.TESTNET_WALLET, oid: CLOID])

        when:
        JsonNode r = null
        ToolException e = null
        try {
            r = call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000",' +
                    '"client_order_id":"' + CLOID + '"}')
        } catch (ToolException thrownError) {
            e = thrownError
        }

        then:
        venue.exchanges().size() == 1
        outcome == 'placed' ? r.path('status').asText() == 'placed_after_unknown' && r.path('order_id').asText() == '91491000'
                : e.details().outcome == 'not_placed' && !e.retryable()

        where:
        stub                   | outcome
        'order_status_found'   | 'placed'
        'order_status_unknown' | 'not_placed'
    }

    def 'cancel by order id sends a cancel action for the asset'() {
        given:
        venue.info('meta', 'meta')
        venue.exchange('exchange_cancel_success')

        when:
        def r = call('cancel_order', '{"symbol":"ETH","order_id":"91490942"}')

        then:
        r.path('status').asText() == 'cancel_requested'
        r.path('order_id').asText() == '91490942'
        sent().path('action').toString() == '{"type":"cancel","cancels":[{"a":1,"o":91490942}]}'
        StubSignatureCheck.signer(venue.exchanges()[0].request.bodyAsString, 'b') == HyperliquidVenue.TESTNET_API_WALLET
    }

    def 'cancel dry run returns the signed cancel and sends nothing'() {
        given:
        venue.info('meta', 'meta')

        when:
        def r = call('cancel_order', '{"symbol":"BTC","order_id":"91490942","dry_run":true}')
        String body = r.path('request').path('body').asText()

        then:
        r.path('status').asText() == 'dry_run'
        HyperliquidVenue.JSON.readTree(body).path('action').toString() == '{"type":"cancel","cancels":[{"a":0,"o":91490942}]}'
        StubSignatureCheck.signer(body, 'b') == HyperliquidVenue.TESTNET_API_WALLET
        venue.exchanges().isEmpty()
    }

    def 'cancel by cloid sends cancelByCloid'() {
        given:
        venue.info('meta', 'meta')
        venue.exchange('exchange_cancel_success')

        when:
        call('cancel_order', '{"symbol":"BTC","client_order_id":"0x1234567890ABCDEF1234567890abcdef"}')

        then:
        sent().path('action').toString() ==
                '{"type":"cancelByCloid","cancels":[{"asset":0,"cloid":"0x1234567890abcdef1234567890abcdef"}]}'
    }

    def 'a cancel the venue refuses inside status ok is UPSTREAM_REJECTED'() {
        given:
        venue.info('meta', 'meta')
        venue.exchange('exchange_cancel_error')

        when:
        call('cancel_order', '{"symbol":"BTC","order_id":"1"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_message.startsWith('Order was never placed')
        e.details().order_id == '1'
    }

    def 'cancel needs exactly one of order_id and client_order_id'() {
        when:
        call('cancel_order', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.requests().isEmpty()

        where:
        body << ['{"symbol":"BTC"}', '{"symbol":"BTC","order_id":"1","client_order_id":"' + CLOID + '"}',
                 '{"symbol":"BTC","order_id":"-4"}', '{"symbol":"BTC","order_id":"12ab"}']
    }

    def 'an unknown perp is INVALID_INPUT and nothing is signed'() {
        given:
        venue.orderPrerequisites()

        when:
        call('place_order', '{"symbol":"DOGE","side":"buy","qty":"10","type":"limit","price":"0.1"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.exchanges().isEmpty()
    }

    def 'without a private key, trading is NOT_CONFIGURED and names the variable, never a value'() {
        given:
        h.close()
        h = venue.freshHarness([HYPERLIQUID_PRIVATE_KEY_TESTNET: ''])
        venue.orderPrerequisites()

        when:
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('HYPERLIQUID_PRIVATE_KEY')
        venue.exchanges().isEmpty()
    }

    def 'a key that is not the configured API wallet\'s is NOT_CONFIGURED'() {
        given:
        h.close()
        h = venue.freshHarness([HYPERLIQUID_API_WALLET_ADDRESS_TESTNET: '0x' + 'ab' * 20])
        venue.orderPrerequisites()

        when:
        call('place_order', '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        !e.message.contains(HyperliquidVenue.TESTNET_KEY.substring(2))
        venue.exchanges().isEmpty()
    }
}
