package io.cerbero.mcp.plugin.alpaca

import com.github.tomakehurst.wiremock.client.WireMock
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static io.cerbero.mcp.core.testing.Futures.failureOf

/**
 * The READ tools are non-blocking (AsyncTool over sendAsync): once a session is open they run on the calling I/O
 * thread. Their answers, routing and error mapping are those of the blocking path.
 */
class AlpacaNonBlockingSpec extends Specification {

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def setup() {
        [venue.testnet, venue.live].each { venue.get('/v2/clock', 'clock', [:], it) }
        [Environment.TESTNET, Environment.MAINNET].each { h.call(it, 'alpaca', 'get_clock', '{}') }
        venue.resetRequests()
    }

    def 'get_account_summary asks the account and the positions in parallel on the non-blocking path'() {
        given:
        venue.get('/v2/account', 'account', [:], venue.live)
        venue.get('/v2/positions', 'positions_aapl_long', [:], venue.live)

        when:
        def body = h.callAsync(Environment.MAINNET, 'alpaca', 'get_account_summary', '{}').join().body()

        then:
        body.path('equity').decimalValue() == 10000G
        body.path('unrealized_pnl').decimalValue() == 200G
        venue.requests(venue.live).size() == 2
        venue.requests(venue.testnet).isEmpty()
    }

    def 'a data call on the non-blocking path carries the caller environment keys'() {
        given:
        venue.dataGet('/v2/stocks/snapshots', 'stock_snapshots')

        when:
        def body = h.callAsync(Environment.MAINNET, 'alpaca', 'get_ticker', '{"symbol":"AAPL"}').join().body()

        then:
        body.path('last').decimalValue() == 200.05G
        venue.requests(venue.data)[0].request.getHeader('APCA-API-KEY-ID') == AlpacaVenue.LIVE_KEY
    }

    def 'a venue error inside the asynchronous stage is mapped as on the blocking path'() {
        given:
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v2/stocks/snapshots'))
                .willReturn(AlpacaVenue.json(AlpacaVenue.body('error_403_buying_power'), 403)))

        when:
        def e = failureOf(h.callAsync(Environment.TESTNET, 'alpaca', 'get_ticker', '{"symbol":"AAPL"}'))

        then:
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 40310000L
    }
}
