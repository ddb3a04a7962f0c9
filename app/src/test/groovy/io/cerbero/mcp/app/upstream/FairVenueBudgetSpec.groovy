package io.cerbero.mcp.app.upstream

import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.registry.DiscoveredPlugin
import io.cerbero.mcp.core.registry.PluginRegistry
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Timeout
import spock.util.concurrent.PollingConditions

import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.concurrent.CompletableFuture

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo

/**
 * Over HTTP, two bots share one venue whose gateway budget is short (five requests a second, no burst): the venue
 * budget is granted to them in turn, so a burst of one bot does not push the other's calls past their wait.
 * Counts outcomes and the order the venue saw, never durations. A's calls beyond what fits in the wait (2 s plus one
 * refill) are refused at once; without the fair share (first come, first served) B's calls would queue behind the
 * eleven of A's that fit, and give up at their 2.4 s deadline.
 */
@Timeout(60)
class FairVenueBudgetSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gateway = new GatewayFixture([:], true, null, [:],
            [PluginRegistry.of([new DiscoveredPlugin(new ThrottledEcho(), 'spec', ThrottledEcho.classLoader)])])

    def setup() {
        gateway.resetVenues()
        gateway.testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200)
                .withHeader('Content-Type', 'application/json').withBody('{"price":"100.5","ts":1700000000000,"venue":"testnet"}')))
    }

    CompletableFuture<HttpResponse<String>> ticker(String bot, String symbol) {
        def request = HttpRequest.newBuilder(gateway.uri('/mcp-echo/tools/get_ticker')).timeout(Duration.ofSeconds(30))
                .header('Authorization', "Bearer ${GatewayFixture.TESTNET_TOKEN}").header('X-Bot-Tag', bot)
                .header('Content-Type', 'application/json')
                .POST(HttpRequest.BodyPublishers.ofString("{\"symbol\":\"${symbol}\"}")).build()
        gateway.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
    }

    /** The symbols the venue was asked for, in the order it received them. */
    List<String> venueOrder() {
        gateway.testnet.allServeEvents.sort { it.request.loggedDate }.collect { it.request.queryParameter('symbol').firstValue() }
    }

    def 'bot A bursts 50 calls; bot B\'s 5 calls are served in turn with A\'s, not after all of them'() {
        given: 'the session is open, so every call takes the non-blocking path straight to the budget'
        ticker('warm-up', 'W').join()

        when: 'A sends 50 distinct tickers (nothing to share in the cache); once A\'s calls are queued, B sends 5'
        def a = (1..50).collect { ticker('bot-a', "A$it") }
        new PollingConditions(timeout: 20).eventually { assert venueOrder().count { it.startsWith('A') } >= 3 }
        def b = (1..5).collect { ticker('bot-b', "B$it") }
        def bAnswers = b*.join()
        def aAnswers = a*.join()

        then: 'every call of B is answered: B waited its turn, not behind A\'s 50 (past the wait)'
        bAnswers*.statusCode() == [200] * 5

        and: 'A got what the budget had left; its calls past the wait are 429 RATE_LIMIT with Retry-After'
        aAnswers.count { it.statusCode() == 200 } >= 5
        aAnswers.findAll { it.statusCode() != 200 }.every {
            it.statusCode() == 429 && it.headers().firstValue('Retry-After').isPresent()
        }

        and: 'the venue saw B\'s calls among A\'s first ones, not after them'
        def order = venueOrder().findAll { it != 'W' }
        order.count { it.startsWith('B') } == 5
        order.findLastIndexOf { it.startsWith('B') } < 20
    }
}
