package io.cerbero.mcp.plugin.alpaca

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

/**
 * The environment decides everything: the testnet token reaches only the paper trading host with the paper keys,
 * the mainnet token only the live host with the live keys, and the shared data host always gets the caller's
 * environment's keys.
 */
class AlpacaRoutingSpec extends Specification {

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    @Unroll
    def 'a #environment account call reaches only its own trading host, with its own keys'() {
        given:
        [venue.testnet, venue.live].each { venue.get('/v2/account', 'account', [:], it) }
        [venue.testnet, venue.live].each { venue.get('/v2/positions', 'empty_list', [:], it) }

        when:
        h.call(environment, 'alpaca', 'get_account_summary', '{}')

        then:
        def own = venue.requests(venue.server(environment))
        own.size() == 2
        own.every { it.request.getHeader('APCA-API-KEY-ID') == key && it.request.getHeader('APCA-API-SECRET-KEY') == secret }
        venue.requests(venue.server(other)).isEmpty()
        venue.requests(venue.data).isEmpty()

        where:
        environment         | other               | key                   | secret
        Environment.TESTNET | Environment.MAINNET | AlpacaVenue.PAPER_KEY | AlpacaVenue.PAPER_SECRET
        Environment.MAINNET | Environment.TESTNET | AlpacaVenue.LIVE_KEY  | AlpacaVenue.LIVE_SECRET
    }

    @Unroll
    def 'a #environment market data call goes to the shared data host with the #environment keys'() {
        given:
        venue.dataGet('/v2/stocks/snapshots', 'stock_snapshots')

        when:
        h.call(environment, 'alpaca', 'get_ticker', '{"symbol":"AAPL"}')

        then:
        venue.requests(venue.data).size() == 1
        venue.requests(venue.data)[0].request.getHeader('APCA-API-KEY-ID') == key
        venue.requests(venue.data)[0].request.getHeader('APCA-API-SECRET-KEY') == secret
        venue.totalRequestCount() == 0

        where:
        environment         | key                   | secret
        Environment.TESTNET | AlpacaVenue.PAPER_KEY | AlpacaVenue.PAPER_SECRET
        Environment.MAINNET | AlpacaVenue.LIVE_KEY  | AlpacaVenue.LIVE_SECRET
    }

    def 'a mainnet market order is posted to the live host only, and priced with the live keys'() {
        given:
        venue.orderPrerequisites('positions_aapl_long', 'empty_list', venue.live)
        venue.write('POST', '/v2/orders', 'order_accepted', 200, venue.live)

        when:
        h.call(Environment.MAINNET, 'alpaca', 'place_order', '{"symbol":"AAPL","side":"buy","qty":"1","type":"market"}')

        then:
        venue.writes(venue.live).size() == 1
        venue.writes(venue.live)[0].request.getHeader('APCA-API-KEY-ID') == AlpacaVenue.LIVE_KEY
        venue.requests(venue.testnet).isEmpty()
        venue.requests(venue.data).every { it.request.getHeader('APCA-API-KEY-ID') == AlpacaVenue.LIVE_KEY }
        !venue.requests(venue.data).isEmpty()
    }

    def 'the paper host refuses live keys, so a mix-up cannot pass silently'() {
        given: 'live keys configured for testnet by mistake'
        h.close()
        h = venue.harness([ALPACA_API_KEY_ID_TESTNET: AlpacaVenue.LIVE_KEY, ALPACA_SECRET_KEY_TESTNET: AlpacaVenue.LIVE_SECRET])
        venue.get('/v2/clock', 'clock')

        when:
        h.call(Environment.TESTNET, 'alpaca', 'get_clock', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().http_status == 401
        venue.requests(venue.live).isEmpty()
    }

    def 'without keys for the environment every tool is NOT_CONFIGURED and nothing is sent'() {
        given:
        h.close()
        h = new PluginHarness(new AlpacaPlugin(), venue.urlConfig() + [ALPACA_DATA_URL: venue.data.baseUrl(),
                ALPACA_API_KEY_ID_TESTNET: AlpacaVenue.PAPER_KEY, ALPACA_SECRET_KEY_TESTNET: AlpacaVenue.PAPER_SECRET])

        when:
        h.call(Environment.MAINNET, 'alpaca', tool, body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('ALPACA_API_KEY_ID')
        venue.totalRequestCount() == 0
        venue.requests(venue.data).isEmpty()

        where:
        tool          | body
        'get_ticker'  | '{"symbol":"AAPL"}'
        'get_clock'   | '{}'
        'place_order' | '{"symbol":"AAPL","side":"buy","qty":"1","type":"market","dry_run":true}'
    }
}
