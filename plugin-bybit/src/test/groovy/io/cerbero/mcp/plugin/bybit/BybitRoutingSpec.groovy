package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The environment alone decides where a call goes and which keys sign it: a testnet token only ever reaches the
 * testnet stub, a mainnet token only the live one.
 */
class BybitRoutingSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def setup() {
        [venue.testnet, venue.live].each { server ->
            venue.get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'BTCUSDT'], server)
            venue.get('/v5/account/wallet-balance', 'account_wallet_balance', [accountType: 'UNIFIED'], server)
            venue.orderPrerequisites('position_list_flat', server)
            venue.post('/v5/order/create', 'order_create', server)
        }
    }

    def 'a public call goes to the URL of the caller\'s environment only'() {
        when:
        h.call(Environment.TESTNET, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}')

        then:
        venue.requests(venue.testnet).size() == 1
        venue.requests(venue.live).isEmpty()

        when:
        venue.testnet.resetRequests()
        h.call(Environment.MAINNET, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}')

        then:
        venue.requests(venue.live).size() == 1
        venue.requests(venue.testnet).isEmpty()
    }

    def 'a private call is signed with that environment\'s keys and sent to that environment only'() {
        when:
        h.call(Environment.TESTNET, 'bybit', 'get_account_summary', '{}')
        h.call(Environment.MAINNET, 'bybit', 'get_account_summary', '{}')

        then: 'each stub verified the signature with its own secret'
        venue.requests(venue.testnet)*.request*.getHeader('X-BAPI-API-KEY') == [BybitVenue.API_KEY]
        venue.requests(venue.live)*.request*.getHeader('X-BAPI-API-KEY') == [BybitVenue.LIVE_KEY]
    }

    def 'an order from a mainnet token is posted to the live URL and nowhere else'() {
        when:
        h.call(Environment.MAINNET, 'bybit', 'place_order',
                '{"symbol":"BTCUSDT","side":"buy","qty":"0.01","type":"limit","price":"60000"}')

        then:
        venue.posts(venue.live).size() == 1
        venue.requests(venue.testnet).isEmpty()
    }

    def 'the readiness probe calls /v5/market/time on its own environment'() {
        given:
        def plugin = h.registry().plugins()[0]

        when:
        h.sessions().session(plugin, Environment.MAINNET).probe()

        then:
        venue.requests(venue.live)*.request*.url == ['/v5/market/time']
        venue.requests(venue.testnet).isEmpty()
    }

    def 'the default URLs are Bybit\'s testnet and live hosts'() {
        expect:
        with(new BybitPlugin().upstreams()[0]) {
            urlKeyFor(Environment.TESTNET) == 'URL_TESTNET'
            urlKeyFor(Environment.MAINNET) == 'URL_LIVE'
            defaultUrlFor(Environment.TESTNET) == 'https://api-testnet.bybit.com'
            defaultUrlFor(Environment.MAINNET) == 'https://api.bybit.com'
        }
    }
}
