package io.cerbero.mcp.plugin.deribit

import com.github.tomakehurst.wiremock.client.WireMock
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/** Deribit's JSON-RPC errors and odd answers mapped onto the gateway's codes, whatever the HTTP status. */
class DeribitErrorMappingSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def ticker() {
        h.call(Environment.TESTNET, 'deribit', 'get_ticker', '{"symbol":"BTC-PERPETUAL"}').body()
    }

    def 'a JSON-RPC error is an error whatever the HTTP status, mapped with the venue code and message'() {
        given:
        venue.get('public/ticker', stub, [:], venue.testnet, status)

        when:
        ticker()

        then:
        def e = thrown(ToolException)
        e.code() == code
        e.details().venue_code == venueCode
        e.details().venue_message.startsWith(message)
        e.details().endpoint == '/public/ticker'

        where:
        stub                            | status | code                        | venueCode | message
        'error_10028_rate_limit'        | 200    | ErrorCode.RATE_LIMIT        | 10028     | 'too_many_requests'
        'error_10028_rate_limit'        | 400    | ErrorCode.RATE_LIMIT        | 10028     | 'too_many_requests'
        'error_10009_not_enough_funds'  | 400    | ErrorCode.UPSTREAM_REJECTED | 10009     | 'not_enough_funds'
        'error_10021_invalid_amount'    | 200    | ErrorCode.UPSTREAM_REJECTED | 10021     | 'invalid_amount'
        'error_10023_invalid_price'     | 400    | ErrorCode.UPSTREAM_REJECTED | 10023     | 'invalid_price'
        'error_10043_price_wrong_tick'  | 400    | ErrorCode.UPSTREAM_REJECTED | 10043     | 'price_wrong_tick'
        'error_invalid_params'          | 400    | ErrorCode.UPSTREAM_REJECTED | -32602    | 'Invalid params: wrong format (param instrument_name)'
    }

    def 'the rate limit says when to retry'() {
        given:
        venue.get('public/ticker', 'error_10028_rate_limit')

        when:
        ticker()

        then:
        def e = thrown(ToolException)
        e.retryable()
        e.retryAfter().isPresent()
    }

    def 'HTTP 429 from the venue is RATE_LIMIT (host)'() {
        given:
        venue.get('public/ticker', 'error_10028_rate_limit', [:], venue.testnet, 429)

        when:
        ticker()

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.RATE_LIMIT
    }

    def 'a body that is not a JSON-RPC envelope is UPSTREAM_ERROR on 2xx and UPSTREAM_REJECTED on 4xx'() {
        given:
        venue.testnet.stubFor(WireMock.get(urlPathEqualTo('/public/ticker'))
                .willReturn(WireMock.aResponse().withStatus(status).withBody(body)))

        when:
        ticker()

        then:
        def e = thrown(ToolException)
        e.code() == code
        !e.message.contains('Exception')

        where:
        status | body                          | code
        200    | '<html>maintenance</html>'    | ErrorCode.UPSTREAM_ERROR
        200    | '{"jsonrpc":"2.0"}'           | ErrorCode.UPSTREAM_ERROR
        404    | 'not found'                   | ErrorCode.UPSTREAM_REJECTED
    }

    def 'a result of the wrong shape is UPSTREAM_ERROR, not a crash'() {
        given:
        venue.testnet.stubFor(WireMock.get(urlPathEqualTo('/public/ticker'))
                .willReturn(DeribitVenue.json('{"jsonrpc":"2.0","result":[1,2,3]}')))

        when:
        ticker()

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
    }
}
