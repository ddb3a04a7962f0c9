package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.plugin.bybit.client.BybitSigner
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * Signing: known-answer vectors pin the bytes, and a stub that recomputes the HMAC over what it received proves the
 * plugin signs exactly what it sends.
 */
class BybitSignerSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    /** Each feature opens its own, with the config it needs. */
    @AutoCleanup PluginHarness h

    def setup() { venue.reset() }

    def 'a GET is signed over timestamp, key, recv window and the query string (known answer)'() {
        expect: 'vector verified with python hmac/hashlib'
        BybitSigner.sign('test_secret', 1658384314791L, 'XXXXXXXXXX', 5000, 'category=option&symbol=BTC-29JUL22-25000-C') ==
                '2c42d015234a3fc985e5294b2665235b3f51cf59dfbbde6be0097d0bc33256bf'
    }

    def 'a POST is signed over the raw body, whitespace included (known answer)'() {
        expect:
        BybitSigner.sign('test_secret', 1658385579423L, 'XXXXXXXXXX', 5000, '{"category": "option"}') ==
                '7fdd84061f25faa9566fa013c0dd25adcb78a0ab90cbb992c0f12427d82f7221'
    }

    def 'a private GET carries the four headers and a signature the venue can recompute from the bytes it received'() {
        given:
        venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED', coin: 'USDT'])
        h = venue.harness()

        when:
        def result = h.call(Environment.TESTNET, 'bybit', 'get_account_summary', '{"coin":"USDT"}').body()

        then: 'the stub accepted the signature (a bad one answers 10004)'
        result.path('equity').decimalValue() == 10000.00G

        and: 'recomputing it after the fact gives the same bytes'
        def request = venue.requests().last().request
        request.url == '/v5/account/wallet-balance?accountType=UNIFIED&coin=USDT'
        request.getHeader('X-BAPI-API-KEY') == BybitVenue.API_KEY
        request.getHeader('X-BAPI-TIMESTAMP') == '1735812000000'
        request.getHeader('X-BAPI-RECV-WINDOW') == '5000'
        request.getHeader('X-BAPI-SIGN') == BybitVenue.expectedSignature(BybitVenue.API_SECRET, request)
    }

    def 'a POST is signed over the exact body it sends'() {
        given:
        venue.post('/v5/order/cancel', 'order_cancel')
        h = venue.harness()

        when:
        h.call(Environment.TESTNET, 'bybit', 'cancel_order', '{"symbol":"BTCUSDT","client_order_id":"bot1-0001"}')

        then:
        def request = venue.posts().last().request
        request.bodyAsString == '{"category":"linear","symbol":"BTCUSDT","orderLinkId":"bot1-0001"}'
        request.getHeader('Content-Type').startsWith('application/json')
        request.getHeader('X-BAPI-SIGN') == BybitVenue.expectedSignature(BybitVenue.API_SECRET, request)
    }

    def 'a wrong secret is caught by the venue as 10004 and answered with a fix, without echoing the key'() {
        given:
        venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'])
        h = venue.harness([BYBIT_API_SECRET_TESTNET: 'not-the-secret'])

        when:
        h.call(Environment.TESTNET, 'bybit', 'get_account_summary', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 10004
        e.suggestedFix().get().contains('BYBIT_API_SECRET')
        !e.message.contains(BybitVenue.API_KEY)
        !String.valueOf(e.details()).contains(BybitVenue.API_KEY)
    }

    def 'the recv window comes from BYBIT_RECV_WINDOW and is part of the signed string'() {
        given:
        venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'])
        h = venue.harness([BYBIT_RECV_WINDOW: '10000'])

        when:
        h.call(Environment.TESTNET, 'bybit', 'get_account_summary', '{}')

        then:
        def request = venue.requests().last().request
        request.getHeader('X-BAPI-RECV-WINDOW') == '10000'
        request.getHeader('X-BAPI-SIGN') == BybitVenue.expectedSignature(BybitVenue.API_SECRET, request)
    }
}
