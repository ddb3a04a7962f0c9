package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** The framework's own failures use the same envelope as tool failures. */
class FrameworkErrorsSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()

    def 'unknown routes, including /docs and /redoc, are 404 envelopes'() {
        when:
        def response = gw.get(path)

        then:
        response.statusCode() == 404
        gw.read(response).error.code.asText() == 'NOT_FOUND'
        response.headers().firstValue('X-Request-Id').isPresent()

        where:
        path << ['/docs', '/redoc', '/nothing/here', '/openapi.yaml']
    }

    def 'a wrong method is a 405 envelope'() {
        when:
        def response = gw.send(method, path)

        then:
        response.statusCode() == 405
        gw.read(response).error.code.asText() == 'BAD_REQUEST'

        where:
        method   | path
        'DELETE' | '/health'
        'PUT'    | '/mcp-echo/tools/get_ticker'
        'POST'   | '/openapi.json'
    }

    def 'every envelope has the contract fields'() {
        when:
        def body = gw.read(gw.get('/docs'))

        then:
        ['type', 'code', 'message', 'retryable', 'suggested_fix', 'details'].every { body.error.has(it) }
        body.has('request_id')
        body.has('data_timestamp')
    }
}
