package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification


import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static io.cerbero.mcp.core.testing.Futures.failureOf

/**
 * get_ticker is Bybit's non-blocking tool: once a session is open it runs on the calling (I/O) thread through
 * sendAsync. The same routing and error mapping hold as on the blocking path.
 */
class BybitNonBlockingTickerSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def setup() {
        [venue.testnet, venue.live].each { server ->
            venue.get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'BTCUSDT'], server)
        }
        [Environment.TESTNET, Environment.MAINNET].each { h.call(it, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}') }
        venue.testnet.resetRequests()
        venue.live.resetRequests()
    }

    def 'a #environment call on the non-blocking path reaches only its own venue and reads the ticker'() {
        when:
        def body = h.callAsync(environment, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}').join().body()

        then:
        body.get('symbol').asText() == 'BTCUSDT'
        body.get('last').decimalValue() > 0
        venue.requests(own(environment)).size() == 1
        venue.requests(other(environment)).isEmpty()

        where:
        environment << [Environment.TESTNET, Environment.MAINNET]
    }

    def 'a retCode error on the non-blocking path is mapped as on the blocking one'() {
        given:
        venue.testnet.stubFor(get(anyUrl()).atPriority(1).willReturn(BybitVenue.json(BybitVenue.body('error_10006_rate_limit'), 200,
                ['X-Bapi-Limit-Reset-Timestamp': '1735812060000'])))

        when:
        def e = failureOf(h.callAsync(Environment.TESTNET, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}'))

        then:
        e.code() == ErrorCode.RATE_LIMIT
    }

    def 'an answer without the asked symbol is INVALID_INPUT, raised inside the asynchronous stage'() {
        given: 'the venue answers with the BTCUSDT list only'
        venue.get('/v5/market/tickers', 'market_tickers_linear', [category: 'linear', symbol: 'ETHUSDT'], venue.testnet)

        when:
        def e = failureOf(h.callAsync(Environment.TESTNET, 'bybit', 'get_ticker', '{"symbol":"ETHUSDT"}'))

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains("no linear ticker for 'ETHUSDT'")
    }

    private def own(Environment environment) { environment == Environment.TESTNET ? venue.testnet : venue.live }

    private def other(Environment environment) { environment == Environment.TESTNET ? venue.live : venue.testnet }
}
