package io.cerbero.mcp.plugin.alpaca

import com.github.tomakehurst.wiremock.client.WireMock
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/** Alpaca's error answers become the design's codes, with the venue's code and fields in details and no secret. */
class AlpacaErrorMappingSpec extends Specification {

    @Shared @AutoCleanup('stop') AlpacaVenue venue = new AlpacaVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    ToolException failure(String tool, String body) {
        try {
            h.call(Environment.TESTNET, 'alpaca', tool, body)
        } catch (ToolException e) {
            return e
        }
        throw new AssertionError("${tool} did not fail")
    }

    void answer(String path, int status, String body, Map<String, String> headers = [:]) {
        def response = WireMock.aResponse().withStatus(status).withBody(body)
        headers.each { k, v -> response = response.withHeader(k, v) }
        venue.testnet.stubFor(WireMock.any(urlPathEqualTo(path)).willReturn(response))
    }

    def 'HTTP #status with #stub maps to #code'() {
        given:
        answer('/v2/clock', status, AlpacaVenue.body(stub), ['Content-Type': 'application/json'])

        when:
        def e = failure('get_clock', '{}')

        then:
        e.code() == code
        e.retryable() == retryable
        e.details().http_status == status
        e.details().endpoint == '/v2/clock'
        e.details().venue_code == venueCode
        !e.message.contains(AlpacaVenue.PAPER_KEY) && !e.message.contains(AlpacaVenue.PAPER_SECRET)

        where:
        status | stub                        | code                        | retryable | venueCode
        401    | 'error_401'                 | ErrorCode.UPSTREAM_REJECTED | false     | null
        403    | 'error_403_buying_power'    | ErrorCode.UPSTREAM_REJECTED | false     | 40310000L
        404    | 'error_404_order'           | ErrorCode.UPSTREAM_REJECTED | false     | 40410000L
        422    | 'error_422_not_cancelable'  | ErrorCode.UPSTREAM_REJECTED | false     | 42210000L
    }

    def 'a 403 passes on the venue fields that explain it'() {
        given:
        answer('/v2/clock', 403, AlpacaVenue.body('error_403_qty'))

        when:
        def e = failure('get_clock', '{}')

        then:
        e.details().venue_message.startsWith('insufficient qty available')
        e.details().existing_qty == '10'
        e.details().held_for_orders == '10'
        e.details().available == '0'
        e.suggestedFix().get().contains('buying power')
    }

    def 'a 401 says which keys to check, naming no secret'() {
        given:
        answer('/v2/clock', 401, AlpacaVenue.body('error_401'))

        when:
        def e = failure('get_clock', '{}')

        then:
        e.suggestedFix().get().contains('ALPACA_API_KEY_ID')
        !String.valueOf(e.details()).contains(AlpacaVenue.PAPER_SECRET)
    }

    def 'a 429 is RATE_LIMIT and retryable'() {
        given:
        answer('/v2/clock', 429, '{"code":42910000,"message":"rate limit exceeded"}', ['Retry-After': '3'])

        when:
        def e = failure('get_clock', '{}')

        then:
        e.code() == ErrorCode.RATE_LIMIT
        e.retryable()
    }

    def 'a 5xx is UPSTREAM_ERROR'() {
        given:
        answer('/v2/clock', 503, 'upstream connect error')

        when:
        def e = failure('get_clock', '{}')

        then:
        e.code() == ErrorCode.UPSTREAM_ERROR
    }

    def 'an error page that is not JSON still maps by status'() {
        given:
        answer('/v2/clock', 403, '<html>Forbidden</html>')

        when:
        def e = failure('get_clock', '{}')

        then:
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().http_status == 403
        !e.details().containsKey('venue_code')
    }

    def 'a 200 whose body is not the documented JSON is UPSTREAM_ERROR'() {
        given:
        answer('/v2/clock', 200, '<html>maintenance</html>')

        when:
        def e = failure('get_clock', '{}')

        then:
        e.code() == ErrorCode.UPSTREAM_ERROR
    }

    def 'a data API error maps the same way'() {
        given:
        venue.data.stubFor(WireMock.get(urlPathEqualTo('/v2/stocks/snapshots'))
                .willReturn(WireMock.aResponse().withStatus(403).withBody('{"message":"subscription does not permit querying recent SIP data"}')))

        when:
        def e = failure('get_ticker', '{"symbol":"AAPL"}')

        then:
        e.code() == ErrorCode.UPSTREAM_REJECTED
        e.details().venue_message.contains('SIP')
    }

    def 'an unknown symbol is INVALID_INPUT when placing an order'() {
        given:
        venue.get('/v2/assets/ZZZZ', 'error_404_order', [:], venue.testnet, 404)

        when:
        def e = failure('place_order', '{"symbol":"ZZZZ","side":"buy","qty":"1","type":"limit","price":"1"}')

        then:
        e.code() == ErrorCode.INVALID_INPUT
        venue.writes().isEmpty()
    }

    def 'a crypto asset is INVALID_INPUT: this plugin trades US stocks and options'() {
        given:
        venue.get('/v2/assets/BTCUSD', 'asset_btcusd')

        when:
        def e = failure('place_order', '{"symbol":"BTCUSD","side":"buy","qty":"1","type":"limit","price":"1"}')

        then:
        e.code() == ErrorCode.INVALID_INPUT
        venue.writes().isEmpty()
    }
}
