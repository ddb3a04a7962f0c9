package io.cerbero.mcp.core.testing

import com.github.tomakehurst.wiremock.WireMockServer
import io.cerbero.mcp.core.spi.Environment
import spock.lang.Shared
import spock.lang.Specification

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

class VenuePairSpec extends Specification {

    static class TimedVenue extends VenuePair {
        List<Environment> resets = []

        TimedVenue() { super('ACME') }

        @Override
        protected void onReset(WireMockServer server, Environment environment) {
            resets << environment
            server.stubFor(get(urlPathEqualTo('/time')).willReturn(jsonResponse("{\"env\":\"${environment}\"}")))
        }
    }

    @Shared TimedVenue venue = new TimedVenue()
    @Shared HttpClient http = HttpClient.newHttpClient()

    def setupSpec() { venue.start() }

    def cleanupSpec() { venue.stop() }

    def setup() {
        venue.reset()
        venue.resets.clear()
    }

    HttpResponse<String> fetch(String url, String method = 'GET') {
        http.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString())
    }

    def 'two servers on different ports, one per environment'() {
        expect:
        venue.testnet.port() != venue.live.port()
        venue.server(Environment.TESTNET).is(venue.testnet)
        venue.server(Environment.MAINNET).is(venue.live)
        venue.baseUrl(Environment.TESTNET) == venue.testnet.baseUrl()
        venue.baseUrl(Environment.MAINNET) == venue.live.baseUrl()
    }

    def 'config points the plugin\'s per-environment URL variables at the servers; extra keys win'() {
        expect:
        venue.urlConfig() == [ACME_URL_TESTNET: venue.testnet.baseUrl(), ACME_URL_LIVE: venue.live.baseUrl()]
        venue.config([ACME_API_KEY: 'k', ACME_URL_LIVE: 'http://elsewhere']) ==
                [ACME_URL_TESTNET: venue.testnet.baseUrl(), ACME_URL_LIVE: 'http://elsewhere', ACME_API_KEY: 'k']
    }

    def 'requests are recorded per server, oldest first, and counted'() {
        when:
        fetch(venue.testnet.baseUrl() + '/time?a=1')
        fetch(venue.testnet.baseUrl() + '/time?a=2', 'POST')
        fetch(venue.live.baseUrl() + '/time')

        then:
        venue.requests(venue.testnet)*.request*.url == ['/time?a=1', '/time?a=2']
        venue.requests(Environment.MAINNET)*.request*.url == ['/time']
        venue.requests(venue.testnet, 'POST')*.request*.url == ['/time?a=2']
        venue.requestCount(Environment.TESTNET) == 2
        venue.requestCount(Environment.MAINNET) == 1
        venue.totalRequestCount() == 3
    }

    def 'reset forgets requests and stubs, then re-arms each server through onReset'() {
        given:
        venue.testnet.stubFor(get(urlPathEqualTo('/extra')).willReturn(VenuePair.jsonResponse('{}')))
        fetch(venue.testnet.baseUrl() + '/extra')

        when:
        venue.reset()

        then:
        venue.totalRequestCount() == 0
        venue.resets == [Environment.TESTNET, Environment.MAINNET]
        fetch(venue.testnet.baseUrl() + '/extra').statusCode() == 404
        fetch(venue.testnet.baseUrl() + '/time').body() == '{"env":"TESTNET"}'
        fetch(venue.live.baseUrl() + '/time').body() == '{"env":"MAINNET"}'
    }

    def 'resetRequests keeps the stubs'() {
        given:
        fetch(venue.live.baseUrl() + '/time')

        when:
        venue.resetRequests()

        then:
        venue.totalRequestCount() == 0
        fetch(venue.live.baseUrl() + '/time').statusCode() == 200
    }

    def 'jsonResponse sets status, content type and headers'() {
        given:
        venue.live.stubFor(get(urlPathEqualTo('/limited'))
                .willReturn(VenuePair.jsonResponse('{"err":1}', 429, ['Retry-After': '3'])))

        when:
        def r = fetch(venue.live.baseUrl() + '/limited')

        then:
        r.statusCode() == 429
        r.headers().firstValue('Content-Type').get() == 'application/json'
        r.headers().firstValue('Retry-After').get() == '3'
        r.body() == '{"err":1}'
    }

    def 'a missing resource fails clearly; the prefix must be upper case'() {
        when:
        VenuePair.resource('/nope/none.json')

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('/nope/none.json')

        when:
        new VenuePair('bybit')

        then:
        thrown(IllegalArgumentException)
    }
}
