package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.spi.AuditEvent
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.*

class ToolRoutesSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()

    def setup() {
        gw.resetVenues()
        [gw.testnet, gw.live].each {
            it.stubFor(get(urlPathEqualTo('/ticker')).willReturn(okJson(
                    """{"price":"101.25","venue":"${it.is(gw.testnet) ? 'testnet' : 'live'}","ts":1735812000000}""")))
            it.stubFor(post(urlPathEqualTo('/order')).willReturn(okJson('{"ok":true}')))
        }
    }

    def 'a testnet token runs the tool against the testnet venue and the answer carries ids and timestamps'() {
        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}')
        def body = gw.read(response)

        then:
        response.statusCode() == 200
        body.venue_specific.venue.asText() == 'testnet'
        body.last.decimalValue() == 101.25
        body.request_id.asText() == response.headers().firstValue('X-Request-Id').get()
        body.data_timestamp.asText() == '2025-01-02T10:00:00Z'
        response.headers().firstValue('X-Data-Timestamp').get() == '2025-01-02T10:00:00Z'
        response.headers().firstValue('X-Duration-Ms').isPresent()
        gw.testnet.allServeEvents.size() == 1
        gw.live.allServeEvents.isEmpty()
    }

    def 'a mainnet token reaches only the live venue'() {
        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}', GatewayFixture.MAINNET_TOKEN)

        then:
        response.statusCode() == 200
        gw.read(response).venue_specific.venue.asText() == 'live'
        gw.live.allServeEvents.size() == 1
        gw.testnet.allServeEvents.isEmpty()
    }

    def 'numbers may be sent as decimal strings'() {
        expect:
        gw.post('/mcp-echo/tools/submit_order', '{"symbol":"BTC-PERP","side":"buy","qty":"0.010","dry_run":true}')
                .statusCode() == 200
    }

    def 'calls without a valid bearer token are refused with 401 before anything runs'() {
        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}', token)

        then:
        response.statusCode() == 401
        gw.read(response).error.code.asText() == 'UNAUTHORIZED'
        response.headers().firstValue('X-Request-Id').isPresent()
        gw.venueRequests() == 0

        where:
        token << [null, '', 'wrong-token-wrong-token', GatewayFixture.TESTNET_TOKEN + 'x', 'Basic abc']
    }

    def 'a missing or invalid X-Bot-Tag is a 400'() {
        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}', GatewayFixture.TESTNET_TOKEN, tag)

        then:
        response.statusCode() == 400
        gw.read(response).error.code.asText() == 'BAD_REQUEST'
        gw.venueRequests() == 0

        where:
        tag << [null, 'x' * 65, 'bad\ttag']
    }

    def 'unknown plugins and tools are 404 envelopes'() {
        expect:
        gw.post(path, '{}').statusCode() == 404
        gw.read(gw.post(path, '{}')).error.code.asText() == 'NOT_FOUND'

        where:
        path << ['/mcp-nope/tools/get_ticker', '/mcp-echo/tools/nope']
    }

    def 'the tool list of a plugin shows each tool with its schema and example'() {
        when:
        def response = gw.get('/mcp-echo/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot')
        def tools = gw.read(response).tools

        then:
        response.statusCode() == 200
        tools*.get('name')*.asText() == ['get_ticker', 'submit_order', 'explode']
        tools[1].effect.asText() == 'WRITE'
        tools[1].input_schema.get('properties').has('dry_run')
        tools[0].example.symbol.asText() == 'BTC-PERP'
    }

    def 'a WRITE call is audited before and after with its outcome'() {
        when:
        def response = gw.post('/mcp-echo/tools/submit_order', '{"symbol":"BTC-PERP","side":"sell","qty":0.5,"leverage":2}')
        def requestId = gw.read(response).request_id.asText()
        def events = gw.audit.events().findAll { it.requestId() == requestId }

        then:
        response.statusCode() == 200
        events*.phase() == [AuditEvent.Phase.ATTEMPT, AuditEvent.Phase.OUTCOME]
        events*.outcome() == ['attempt', 'ok']
        events.every { it.botTag() == 'spec-bot' && it.plugin() == 'echo' }
        gw.testnet.allServeEvents.size() == 1
    }

    def 'an order above the leverage cap is refused with 403 and never sent'() {
        when:
        def response = gw.post('/mcp-echo/tools/submit_order', '{"symbol":"BTC-PERP","side":"buy","qty":1,"leverage":10}')
        def body = gw.read(response)

        then:
        response.statusCode() == 403
        body.error.code.asText() == 'POLICY_REJECTED'
        body.error.details.max_leverage.decimalValue() == 3
        gw.venueRequests() == 0
        gw.audit.events()*.outcome() == ['attempt', 'POLICY_REJECTED']
    }

    def 'a plugin bug is a 500 envelope without stack trace or secret'() {
        when:
        def response = gw.post('/mcp-echo/tools/explode', '{}')
        def body = gw.read(response)

        then:
        response.statusCode() == 500
        body.error.code.asText() == 'UNHANDLED_EXCEPTION'
        !response.body().contains(GatewayFixture.ECHO_SECRET)
        !response.body().contains('kaboom')
        !response.body().contains('at io.cerbero')
        body.request_id.asText() == response.headers().firstValue('X-Request-Id').get()
    }

    def 'venue failures map to the contract codes with Retry-After on rate limits'() {
        given: 'an open session, so get_ticker takes the non-blocking path and its failure arrives in a future'
        gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}')
        gw.testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(status).withHeader('Retry-After', '5')))

        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}')

        then:
        response.statusCode() == expectedStatus
        gw.read(response).error.code.asText() == code
        response.headers().firstValue('Retry-After').orElse(null) == retryAfter

        where: 'the 429 last: its Retry-After holds every call of that upstream for 5 s, as the venue asked'
        status | expectedStatus | code                | retryAfter
        503    | 502            | 'UPSTREAM_ERROR'    | null
        400    | 422            | 'UPSTREAM_REJECTED' | null
        429    | 429            | 'RATE_LIMIT'        | '5'
    }
}
