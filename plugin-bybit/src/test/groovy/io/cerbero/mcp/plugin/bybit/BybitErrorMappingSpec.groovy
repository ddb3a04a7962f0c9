package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.get

/** How Bybit's answers become the gateway's error codes. A non-zero retCode is an error whatever the HTTP status. */
class BybitErrorMappingSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    ToolException failure(String stub, int status = 200, Map<String, String> headers = [:]) {
        venue.testnet.stubFor(get(anyUrl()).atPriority(5).willReturn(BybitVenue.json(BybitVenue.body(stub), status, headers)))
        try {
            h.call(Environment.TESTNET, 'bybit', 'get_account_summary', '{}')
        } catch (ToolException e) {
            return e
        }
        throw new AssertionError('expected a ToolException')
    }

    def 'retCode 10006 is RATE_LIMIT, retryable, with the wait until X-Bapi-Limit-Reset-Timestamp'() {
        when: 'the harness clock is 1735812000000; the venue resets 2.5 s later'
        def e = failure('error_10006_rate_limit', 200, ['X-Bapi-Limit-Reset-Timestamp': '1735812002500',
                                                        'X-Bapi-Limit-Status'         : '0'])

        then:
        e.code() == ErrorCode.RATE_LIMIT
        e.retryable()
        e.retryAfter().get() == Duration.ofMillis(2500)
        e.details().venue_code == 10006
    }

    def 'retCode 10004 is UPSTREAM_REJECTED with a fix about the secret and the clock'() {
        when:
        def e = failure('error_10004_sign')

        then:
        e.code() == ErrorCode.UPSTREAM_REJECTED
        !e.retryable()
        e.suggestedFix().get().contains('BYBIT_API_SECRET')
        e.suggestedFix().get().contains('clock')
        e.details().venue_code == 10004
    }

    def 'retCode 10004 never echoes the API key the venue quotes back'() {
        when:
        def e = failure('error_10004_sign')

        then:
        !e.message.contains(BybitVenue.API_KEY)
        !e.details().venue_message.contains(BybitVenue.API_KEY)
        e.details().venue_message.contains('***')
    }

    def 'retCode 10002 points at the server clock'() {
        expect:
        failure('error_10002_timestamp').suggestedFix().get().contains('clock')
    }

    def 'retCode 110007 is UPSTREAM_REJECTED carrying the venue code and message'() {
        when:
        def e = failure('error_110007_balance')

        then:
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_code == 110007
        e.details().venue_message == 'ab not enough for new order'
        e.details().endpoint == '/v5/account/wallet-balance'
    }

    def 'retCode 10016 is a retryable UPSTREAM_ERROR'() {
        when:
        def e = failure('error_10016_server')

        then:
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.retryable()
    }

    def 'a non-zero retCode is an error even with HTTP 200, and even with a 4xx the retCode wins'() {
        expect:
        failure('error_10001_params', 200).code() == ErrorCode.UPSTREAM_REJECTED
        failure('error_10001_params', 400).details().venue_code == 10001
    }

    def 'HTTP 403 is Bybit\'s IP ban: RATE_LIMIT with a ten-minute wait'() {
        when:
        def e = failure('error_10001_params', 403)

        then:
        e.code() == ErrorCode.RATE_LIMIT
        e.retryAfter().get() == Duration.ofMinutes(10)
    }

    def 'HTTP 401 is UPSTREAM_REJECTED about the auth headers'() {
        when:
        venue.testnet.stubFor(get(anyUrl()).atPriority(5).willReturn(BybitVenue.json('', 401)))
        h.call(Environment.TESTNET, 'bybit', 'get_account_summary', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().http_status == 401
    }

    def 'a body that is not a Bybit envelope is UPSTREAM_ERROR'() {
        when:
        venue.testnet.stubFor(get(anyUrl()).atPriority(5).willReturn(BybitVenue.json('<html>maintenance</html>')))
        h.call(Environment.TESTNET, 'bybit', 'get_account_summary', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
    }

    def 'a venue 5xx on a GET is retried by the host and then reported as UPSTREAM_ERROR'() {
        when:
        venue.testnet.stubFor(get(anyUrl()).atPriority(5).willReturn(BybitVenue.json('{}', 503)))
        h.call(Environment.TESTNET, 'bybit', 'get_ticker', '{"symbol":"BTCUSDT"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        venue.requests().size() == 3
    }
}
