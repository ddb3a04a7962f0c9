package io.cerbero.mcp.app.upstream

import io.cerbero.mcp.app.metrics.MeteredHttpTransport
import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.spi.UpstreamRequest
import io.cerbero.mcp.core.upstream.HttpTransport
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.CompletionException

import static com.github.tomakehurst.wiremock.client.WireMock.*

/** The Micronaut transport sends exactly the bytes a plugin signed, and returns every status. */
class MicronautHttpTransportSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()
    @Shared HttpTransport transport

    def setupSpec() {
        transport = gw.context.getBean(HttpTransport)
    }

    def setup() {
        gw.resetVenues()
    }

    def 'it is the Micronaut implementation that the app wires in, under the metering decorator'() {
        expect:
        transport instanceof MeteredHttpTransport
        (transport as MeteredHttpTransport).delegate() instanceof MicronautHttpTransport
    }

    def 'the query string arrives byte for byte as given'() {
        given:
        gw.testnet.stubFor(any(anyUrl()).willReturn(ok('fine')))
        String query = 'category=option&symbol=BTC-29JUL22-25000-C&b=%2C+x&c=%E2%82%AC&empty='

        when:
        def response = transport.exchangeAsync(URI.create(gw.testnet.baseUrl() + '/v5/market/tickers?' + query),
                UpstreamRequest.get('/v5/market/tickers', query), Duration.ofSeconds(5)).join()

        then:
        response.status() == 200
        response.body() == 'fine'
        gw.testnet.allServeEvents[0].request.url == '/v5/market/tickers?' + query
    }

    def 'the body and headers arrive exactly as given'() {
        given:
        gw.testnet.stubFor(any(anyUrl()).willReturn(ok()))
        String body = '{"category": "option",  "qty":"0.10" , "list":[ ]}'

        when:
        transport.exchangeAsync(URI.create(gw.testnet.baseUrl() + '/v5/order/create'),
                UpstreamRequest.postJson('/v5/order/create', body).withHeader('X-BAPI-SIGN', 'abc123'), Duration.ofSeconds(5)).join()
        def received = gw.testnet.allServeEvents[0].request

        then:
        received.bodyAsString == body
        received.method.value() == 'POST'
        received.getHeader('X-BAPI-SIGN') == 'abc123'
        received.getHeader('Content-Type').startsWith('application/json')
    }

    def 'error statuses come back as responses with their body and headers'() {
        given:
        gw.testnet.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader('X-Bapi-Limit-Status', '0').withBody('{"retCode":10006}')))

        when:
        def response = transport.exchangeAsync(URI.create(gw.testnet.baseUrl() + '/x'), UpstreamRequest.get('/x', ''), Duration.ofSeconds(5)).join()

        then:
        response.status() == 403
        response.body() == '{"retCode":10006}'
        response.header('x-bapi-limit-status').get() == '0'
    }

    def 'a slow upstream ends in a timeout'() {
        given:
        gw.testnet.stubFor(any(anyUrl()).willReturn(ok().withFixedDelay(3000)))

        when:
        transport.exchangeAsync(URI.create(gw.testnet.baseUrl() + '/slow'), UpstreamRequest.get('/slow', ''), Duration.ofMillis(300)).join()

        then:
        def e = thrown(CompletionException)
        e.cause instanceof HttpTransport.UpstreamTimeoutException
    }

    def 'an unreachable upstream is an I/O failure'() {
        when:
        transport.exchangeAsync(URI.create('http://127.0.0.1:1/x'), UpstreamRequest.get('/x', ''), Duration.ofSeconds(2)).join()

        then:
        def e = thrown(CompletionException)
        e.cause instanceof IOException
    }
}
