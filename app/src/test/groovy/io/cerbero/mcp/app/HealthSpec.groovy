package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.*

class HealthSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()

    def setup() {
        gw.resetVenues()
        gw.testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(okJson('{"price":"1","venue":"t","ts":1}')))
    }

    def 'liveness is public and always 200'() {
        expect:
        gw.get('/health').statusCode() == 200
        gw.read(gw.get('/health')).status.asText() == 'ok'
    }

    def 'readiness probes the open sessions: ready when they answer, not_ready when all fail'() {
        when: 'a call opens the testnet session of echo'
        gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}')
        gw.testnet.stubFor(get('/ping').willReturn(ok()))
        def ready = gw.read(gw.get('/health/ready'))

        then:
        ready.status.asText() == 'ready'
        ready.clients[0].plugin.asText() == 'echo'
        ready.clients[0].environment.asText() == 'testnet'
        ready.clients[0].status.asText() == 'ok'

        when:
        gw.testnet.stubFor(get('/ping').willReturn(serverError()))
        def response = gw.get('/health/ready')

        then:
        response.statusCode() == 200
        gw.read(response).status.asText() == 'not_ready'
        gw.read(response).clients[0].error.asText().startsWith('UPSTREAM_ERROR')
    }

    def 'one failing session of two makes the gateway degraded'() {
        given:
        gw.live.stubFor(get(urlPathEqualTo('/ticker')).willReturn(okJson('{"price":"1","venue":"l","ts":1}')))
        gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}')
        gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}', GatewayFixture.MAINNET_TOKEN)
        gw.testnet.stubFor(get('/ping').willReturn(ok()))
        gw.live.stubFor(get('/ping').willReturn(serverError()))

        expect:
        gw.read(gw.get('/health/ready')).status.asText() == 'degraded'
    }

    def 'a probe that hangs is cut at 2 seconds'() {
        given:
        gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}')
        gw.testnet.stubFor(get('/ping').willReturn(ok().withFixedDelay(6000)))

        when:
        long start = System.nanoTime()
        def body = gw.read(gw.get('/health/ready'))
        long ms = (System.nanoTime() - start) / 1_000_000

        then:
        body.clients.find { it.environment.asText() == 'testnet' }.error.asText().contains('timed out')
        ms < 4500
    }

    def 'with READY_FAILS_ON_DEGRADED=true anything but ready is a 503'() {
        given:
        def strict = new GatewayFixture([READY_FAILS_ON_DEGRADED: 'true'])
        strict.testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(okJson('{"price":"1","venue":"t","ts":1}')))
        strict.testnet.stubFor(get('/ping').willReturn(serverError()))
        strict.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}')

        expect:
        strict.get('/health/ready').statusCode() == 503

        cleanup:
        strict?.close()
    }
}
