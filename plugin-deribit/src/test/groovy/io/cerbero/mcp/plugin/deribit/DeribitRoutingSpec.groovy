package io.cerbero.mcp.plugin.deribit

import groovy.json.JsonSlurper
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The token alone picks the venue: with the testnet token only the testnet stub is called (and authenticated
 * with the testnet key), with the mainnet token only the live one — for public reads, private reads and orders.
 */
class DeribitRoutingSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def 'every call of an environment reaches only its own server, with its own key'() {
        given:
        def mine = venue.server(env)
        def other = venue.server(env == Environment.TESTNET ? Environment.MAINNET : Environment.TESTNET)
        venue.orderPrerequisites([:], mine)
        venue.post('private/buy', 'buy', mine)

        when:
        h.call(env, 'deribit', 'get_ticker', '{"symbol":"BTC-PERPETUAL"}')
        h.call(env, 'deribit', 'get_account_summary', '{"currency":"BTC"}')
        h.call(env, 'deribit', 'place_order', '{"symbol":"BTC-PERPETUAL","side":"buy","qty":"100","type":"market"}')
        def auth = (new JsonSlurper().parseText(venue.calls('public/auth', mine)[0].request.bodyAsString) as Map).params

        then:
        other.allServeEvents.isEmpty()
        venue.calls('public/ticker', mine).size() >= 1
        venue.calls('private/buy', mine).size() == 1
        auth.client_id == clientId

        where:
        env                 | clientId
        Environment.TESTNET | DeribitVenue.CLIENT_ID
        Environment.MAINNET | DeribitVenue.LIVE_ID
    }

    def 'the two environments hold separate tokens and instrument caches'() {
        given:
        [venue.testnet, venue.live].each { venue.get('public/get_instruments', 'instruments_btc', [currency: 'BTC'], it) }

        when:
        h.call(Environment.TESTNET, 'deribit', 'get_instruments', '{"currency":"BTC"}')
        h.call(Environment.MAINNET, 'deribit', 'get_instruments', '{"currency":"BTC"}')

        then:
        venue.calls('public/get_instruments', venue.testnet).size() == 1
        venue.calls('public/get_instruments', venue.live).size() == 1
    }
}
