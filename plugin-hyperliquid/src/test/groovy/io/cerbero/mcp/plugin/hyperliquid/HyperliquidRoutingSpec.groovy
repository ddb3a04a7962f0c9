package io.cerbero.mcp.plugin.hyperliquid

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The environment alone decides where a call goes and how it is signed: a testnet token reaches only the testnet
 * stub and signs with source "b" and the testnet API wallet; a mainnet token only the live stub, with source "a".
 */
class HyperliquidRoutingSpec extends Specification {

    @Shared @AutoCleanup('stop') HyperliquidVenue venue = new HyperliquidVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def setup() {
        [venue.testnet, venue.live].each { server ->
            venue.orderPrerequisites('clearinghouse_flat', 'open_orders_none', server)
            venue.info('metaAndAssetCtxs', 'meta_and_asset_ctxs', [:], server)
            venue.exchange('exchange_order_resting', server)
        }
    }

    static final String ORDER = '{"symbol":"BTC","side":"buy","qty":"0.01","type":"limit","price":"60000"}'

    def 'a public call goes to the URL of the caller\'s environment only'() {
        when:
        h.call(Environment.TESTNET, 'hyperliquid', 'get_ticker', '{"symbol":"BTC"}')

        then:
        venue.requests(venue.testnet).size() == 1
        venue.requests(venue.live).isEmpty()

        when:
        venue.resetRequests()
        h.call(Environment.MAINNET, 'hyperliquid', 'get_ticker', '{"symbol":"BTC"}')

        then:
        venue.requests(venue.live).size() == 1
        venue.requests(venue.testnet).isEmpty()
    }

    def 'a testnet order reaches only the testnet stub, signed with source b by the testnet API wallet'() {
        when:
        def r = h.call(Environment.TESTNET, 'hyperliquid', 'place_order', ORDER).body()
        String body = venue.exchanges(venue.testnet)[0].request.bodyAsString

        then:
        r.path('status').asText() == 'accepted'
        venue.requests(venue.live).isEmpty()
        StubSignatureCheck.signer(body, 'b') == HyperliquidVenue.TESTNET_API_WALLET
        StubSignatureCheck.signer(body, 'a') != HyperliquidVenue.TESTNET_API_WALLET

        and: 'it queried the testnet account'
        venue.requests(venue.testnet).findAll { it.request.bodyAsString.contains('"user"') }
                .every { it.request.bodyAsString.contains(HyperliquidVenue.TESTNET_WALLET) }
    }

    def 'a mainnet order reaches only the live stub, signed with source a by the live API wallet'() {
        when:
        def r = h.call(Environment.MAINNET, 'hyperliquid', 'place_order', ORDER).body()
        String body = venue.exchanges(venue.live)[0].request.bodyAsString

        then:
        r.path('status').asText() == 'accepted'
        venue.requests(venue.testnet).isEmpty()
        StubSignatureCheck.signer(body, 'a') == HyperliquidVenue.LIVE_API_WALLET
        StubSignatureCheck.signer(body, 'b') != HyperliquidVenue.LIVE_API_WALLET
    }

    def 'the readiness probe asks allMids of its own environment'() {
        given:
        def plugin = h.registry().plugins()[0]

        when:
        h.sessions().session(plugin, Environment.MAINNET).probe()

        then:
        venue.infoTypes(venue.live) == ['allMids']
        venue.requests(venue.testnet).isEmpty()
    }

    def 'the default URLs are Hyperliquid\'s testnet and live hosts'() {
        expect:
        with(new HyperliquidPlugin().upstreams()[0]) {
            urlKeyFor(Environment.TESTNET) == 'URL_TESTNET'
            urlKeyFor(Environment.MAINNET) == 'URL_LIVE'
            defaultUrlFor(Environment.TESTNET) == 'https://api.hyperliquid-testnet.xyz'
            defaultUrlFor(Environment.MAINNET) == 'https://api.hyperliquid.xyz'
        }
    }
}
