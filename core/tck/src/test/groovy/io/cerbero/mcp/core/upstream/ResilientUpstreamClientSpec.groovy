package io.cerbero.mcp.core.upstream

import com.github.tomakehurst.wiremock.WireMockServer
import com.github.tomakehurst.wiremock.stubbing.Scenario
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.Upstream.UpstreamLimits
import io.cerbero.mcp.core.spi.UpstreamRequest
import io.cerbero.mcp.core.spi.UpstreamResponse
import io.cerbero.mcp.core.testing.JdkHttpTransport
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Timeout

import java.nio.charset.StandardCharsets
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.any
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.post
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options
import static io.cerbero.mcp.core.testing.Futures.failureOf

@Timeout(30)
class ResilientUpstreamClientSpec extends Specification {

    static final Instant NOW = Instant.parse('2025-01-02T10:00:00Z')

    @Shared WireMockServer venue = new WireMockServer(options().dynamicPort())
    @Shared WireMockServer evil = new WireMockServer(options().dynamicPort())
    @Shared JdkHttpTransport transport = new JdkHttpTransport()

    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC)
    // generous by default so a loaded CI machine does not time out ordinary answers; timeout specs shorten it
    UpstreamLimits limits = new UpstreamLimits(1000, Duration.ofMillis(2000), 2)

    def setupSpec() {
        venue.start()
        evil.start()
    }

    def cleanupSpec() {
        venue.stop()
        evil.stop()
    }

    def setup() {
        venue.resetAll()
        evil.resetAll()
        evil.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody('evil')))
    }

    ResilientUpstreamClient client(String base = venue.baseUrl()) {
        new ResilientUpstreamClient('echo.testnet.rest', URI.create(base), transport, limits, clock)
    }

    /** /ticker answers 503 once, then 200 "ok". */
    static void stubTickerFailingOnce(WireMockServer venue) {
        venue.stubFor(get(urlPathEqualTo('/ticker')).inScenario('flaky').whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo('recovered'))
        venue.stubFor(get(urlPathEqualTo('/ticker')).inScenario('flaky').whenScenarioStateIs('recovered')
                .willReturn(aResponse().withStatus(200).withBody('ok')))
    }

    int requestsSeenBy(WireMockServer server) {
        server.findAll(anyRequestedFor(anyUrl())).size()
    }

    def 'a 200 answer is returned with its body and lower-cased headers'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200)
                .withHeader('Content-Type', 'application/json').withBody('{"price":"101.5"}')))

        when:
        UpstreamResponse response = client().send(UpstreamRequest.get('/ticker', 'symbol=BTC'))

        then:
        response.status() == 200
        response.success
        response.body() == '{"price":"101.5"}'
        response.header('CONTENT-TYPE').get() == 'application/json'
        response.headers().containsKey('content-type')
    }

    def 'HTTP 429 with Retry-After: 7 is RATE_LIMIT with a retry-after of 7 s, and is not retried'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(429).withHeader('Retry-After', '7')))

        when:
        client().send(UpstreamRequest.get('/ticker', ''))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.RATE_LIMIT
        e.retryAfter().get() == Duration.ofSeconds(7)
        e.retryable()
        requestsSeenBy(venue) == 1
    }

    def 'an HTTP-date Retry-After is measured against the given clock'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(429)
                .withHeader('Retry-After', 'Thu, 02 Jan 2025 10:00:30 GMT')))

        when:
        client().send(UpstreamRequest.get('/ticker', ''))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.RATE_LIMIT
        e.retryAfter().get() == Duration.ofSeconds(30)
    }

    def 'Retry-After "#value" reads as #expected'() {
        expect:
        RetryAfter.parse(value, clock) == Optional.ofNullable(expected)

        where:
        value                           || expected
        '0'                             || Duration.ZERO
        '120'                           || Duration.ofSeconds(120)
        'Thu, 02 Jan 2025 10:01:00 GMT' || Duration.ofSeconds(60)
        'Thu, 02 Jan 2025 09:00:00 GMT' || Duration.ZERO
        '-5'                            || null
        'soon'                          || null
        ''                              || null
    }

    def 'a 429 without Retry-After is RATE_LIMIT without a retry-after'() {
        given:
        venue.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)))

        when:
        client().send(UpstreamRequest.get('/ticker', ''))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.RATE_LIMIT
        !e.retryAfter().isPresent()
    }

    def 'a 503 on an idempotent GET is retried maxRetries times, then UPSTREAM_ERROR'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(503)))

        when:
        client().send(UpstreamRequest.get('/ticker', 'symbol=BTC'))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.message.contains('HTTP 503')
        e.retryable()
        requestsSeenBy(venue) == 3
    }

    def 'a GET that fails once with 503 and then answers 200 succeeds through the retry'() {
        given:
        ResilientUpstreamClientSpec.stubTickerFailingOnce(venue)

        expect:
        client().send(UpstreamRequest.get('/ticker', '')).body() == 'ok'
        requestsSeenBy(venue) == 2
    }

    def 'a 503 on a POST (order placement) is never retried'() {
        given:
        venue.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(503)))

        when:
        client().send(UpstreamRequest.postJson('/order', '{"symbol":"BTC"}'))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        requestsSeenBy(venue) == 1
    }

    def 'an answer slower than the timeout is UPSTREAM_TIMEOUT, within a bounded wait'() {
        given:
        limits = new UpstreamLimits(1000, Duration.ofMillis(300), 2)
        venue.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(200).withFixedDelay(3000)))
        long started = System.nanoTime()

        when:
        client().send(UpstreamRequest.postJson('/order', '{}'))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_TIMEOUT
        e.message.contains('300 ms')
        Duration.ofNanos(System.nanoTime() - started) < Duration.ofMillis(2500)
        requestsSeenBy(venue) == 1
    }

    def 'a timed-out idempotent GET is not retried: the caller already spent the whole budget'() {
        given:
        limits = new UpstreamLimits(1000, Duration.ofMillis(300), 2)
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200).withFixedDelay(3000)))

        when:
        client().send(UpstreamRequest.get('/ticker', ''))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_TIMEOUT
        e.retryable()
        requestsSeenBy(venue) == 1
    }

    def 'a refused connection is UPSTREAM_ERROR'() {
        given: 'a port that nothing listens on'
        int port = new ServerSocket(0).withCloseable { it.localPort }

        when:
        client("http://127.0.0.1:${port}").send(UpstreamRequest.get('/ticker', ''))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.message.contains('unreachable')
    }

    def 'a #status answer is returned to the plugin, not thrown, and not retried'() {
        given:
        venue.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody('{"code":10001}')))

        when:
        def response = client().send(UpstreamRequest.get('/order', 'id=1'))

        then:
        response.status() == status
        !response.success
        response.body() == '{"code":10001}'
        requestsSeenBy(venue) == 1

        where:
        status << [400, 401, 403, 404, 409, 422]
    }

    def 'the query string, body and headers arrive byte for byte as given'() {
        given:
        venue.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)))
        String query = 'symbol=BTC-PERP&sig=AbC%2B%2F%3D&note=a%20b&plus=a+b&empty=&utf=%C3%A9&order=z,a'
        String body = '{"qty": "0.10",\n "note":"é € ✓", "price":1e-3}'
        def request = new UpstreamRequest('POST', '/v5/order/create', query,
                ['Content-Type': 'application/json', 'X-Sig': 'deadBEEF=='], body, false, 'order/create')

        when:
        client().send(request)

        then:
        def received = venue.findAll(anyRequestedFor(anyUrl()))
        received.size() == 1
        received[0].url == '/v5/order/create?' + query
        received[0].body == body.getBytes(StandardCharsets.UTF_8)
        received[0].getHeader('X-Sig') == 'deadBEEF=='
    }

    def 'a path trying to leave the host (#path) never reaches another host'() {
        given:
        venue.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody('venue')))
        String evilAuthority = "127.0.0.1:${evil.port()}"
        String attempt = path.replace('EVIL', evilAuthority)

        when:
        def outcome
        try {
            outcome = client().send(UpstreamRequest.get(attempt, '')).body()
        } catch (ToolException refused) {
            outcome = refused.code()
        }

        then: 'either refused, or answered by the venue host (its stub, or its server refusing the path)'
        outcome != 'evil'
        outcome instanceof String || outcome instanceof ErrorCode
        requestsSeenBy(evil) == 0

        where:
        path << ['//EVIL/x', '/@EVIL/x', '//EVIL', '/..//EVIL/x', '/x/../../EVIL/', '/%2F%2FEVIL/x', '/\\\\EVIL/x']
    }

    def 'a trailing slash on the base URL does not double the slash'() {
        given:
        venue.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)))

        when:
        client(venue.baseUrl() + '/').send(UpstreamRequest.get('/ticker', ''))

        then:
        venue.findAll(anyRequestedFor(anyUrl()))[0].url == '/ticker'
    }

    def 'the circuit breaker opens after repeated 5xx and then fails fast without calling the venue'() {
        given:
        venue.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(500)))
        def client = client()

        when: 'ten calls fail with HTTP 500'
        def codes = (1..10).collect {
            try {
                client.send(UpstreamRequest.postJson('/order', '{}'))
                'ok'
            } catch (ToolException e) {
                e.message.contains('HTTP 500') ? 'http-500' : e.message
            }
        }

        then:
        codes == ['http-500'] * 10
        requestsSeenBy(venue) == 10

        when: 'the next call'
        client.send(UpstreamRequest.postJson('/order', '{}'))

        then: 'fails fast without reaching the venue, saying which defence refused it'
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.message.contains('circuit breaker')
        e.details()[RejectedBy.DETAIL] == 'circuit_breaker'
        e.retryAfter().isPresent()
        requestsSeenBy(venue) == 10
    }

    def 'a venue failure that only trips the breaker carries no rejected_by: the venue answered'() {
        given:
        venue.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(500)))

        when:
        client().send(UpstreamRequest.postJson('/order', '{}'))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        !e.details().containsKey(RejectedBy.DETAIL)
    }

    def 'a call the local rate limiter cannot fit into its permit wait is refused with rejected_by rate_limiter'() {
        given: 'two requests a second on the real clock, a permit wait of 2 s plus one refill: ten calls at once cannot fit'
        limits = new UpstreamLimits(2, Duration.ofMillis(2000), 0)
        clock = Clock.systemUTC()
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200).withBody('ok')))
        def client = client()

        when:
        def calls = (1..10).collect { client.sendAsync(UpstreamRequest.get('/ticker', '')) }
        def refused = calls.findAll { it.isCompletedExceptionally() }.collect { failureOf(it) }

        then: 'refused at once, before the venue saw them, and each says so in a detail'
        !refused.isEmpty()
        refused.every { it.code() == ErrorCode.RATE_LIMIT && it.details()[RejectedBy.DETAIL] == 'rate_limiter' }
        calls.findAll { !it.isCompletedExceptionally() }*.join()*.body().every { it == 'ok' }
        requestsSeenBy(venue) == 10 - refused.size()
    }

    def 'a venue 429 is the venue speaking: RATE_LIMIT without rejected_by'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(429)))

        when:
        client().send(UpstreamRequest.get('/ticker', ''))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.RATE_LIMIT
        !e.details().containsKey(RejectedBy.DETAIL)
    }

    def '4xx answers are the venue speaking, so they never open the circuit'() {
        given:
        venue.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)))
        def client = client()

        when:
        12.times { client.send(UpstreamRequest.postJson('/order', '{}')) }
        def last = client.send(UpstreamRequest.postJson('/order', '{}'))

        then:
        last.status() == 400
        requestsSeenBy(venue) == 13
    }
}

/** sendAsync is the same client without a waiting caller: the same answers, failures carried by the future. */
@Timeout(30)
class ResilientUpstreamClientAsyncSpec extends Specification {

    @Shared WireMockServer venue = new WireMockServer(options().dynamicPort())
    @Shared JdkHttpTransport transport = new JdkHttpTransport()
    UpstreamLimits limits = new UpstreamLimits(1000, Duration.ofMillis(2000), 2)

    def setupSpec() { venue.start() }

    def cleanupSpec() { venue.stop() }

    def setup() { venue.resetAll() }

    ResilientUpstreamClient client(String base = venue.baseUrl()) {
        new ResilientUpstreamClient('echo.testnet.rest', URI.create(base), transport, limits,
                Clock.fixed(Instant.parse('2025-01-02T10:00:00Z'), ZoneOffset.UTC))
    }

    def 'a 200 answer completes the future with the body'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200).withBody('{"p":"1"}')))

        expect:
        client().sendAsync(UpstreamRequest.get('/ticker', 'symbol=BTC')).join().body() == '{"p":"1"}'
    }

    def 'a 503 on an idempotent GET is retried without a waiting thread, then fails with UPSTREAM_ERROR'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(503)))

        when:
        def future = client().sendAsync(UpstreamRequest.get('/ticker', ''))

        then: 'the call returns at once, before the retries are done'
        !future.isDone()

        and:
        def e = failureOf(future)
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.message.contains('HTTP 503')
        venue.findAll(anyRequestedFor(anyUrl())).size() == 3
    }

    def 'a GET that fails once with 503 and then answers 200 succeeds through the asynchronous retry'() {
        given:
        ResilientUpstreamClientSpec.stubTickerFailingOnce(venue)

        expect:
        client().sendAsync(UpstreamRequest.get('/ticker', '')).join().body() == 'ok'
        venue.findAll(anyRequestedFor(anyUrl())).size() == 2
    }

    def 'a 503 on a POST is failed once, never retried'() {
        given:
        venue.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(503)))

        expect:
        failureOf(client().sendAsync(UpstreamRequest.postJson('/order', '{}'))).code() == ErrorCode.UPSTREAM_ERROR
        venue.findAll(anyRequestedFor(anyUrl())).size() == 1
    }

    def 'a slow answer fails the future with UPSTREAM_TIMEOUT'() {
        given:
        limits = new UpstreamLimits(1000, Duration.ofMillis(300), 2)
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200).withFixedDelay(3000)))

        expect:
        failureOf(client().sendAsync(UpstreamRequest.get('/ticker', ''))).code() == ErrorCode.UPSTREAM_TIMEOUT
        venue.findAll(anyRequestedFor(anyUrl())).size() == 1
    }

    def 'a request that would leave the host is a failed future, not an exception, and nothing is sent'() {
        when:
        def future = client().sendAsync(UpstreamRequest.get('/x y', ''))

        then:
        notThrown(Throwable)
        failureOf(future).code() == ErrorCode.INVALID_INPUT
        venue.findAll(anyRequestedFor(anyUrl())).isEmpty()
    }

    // waiting for a permit, per-minute and weighted budgets, retries through the budget and fair share:
    // core's UpstreamBudgetSpec, driven by a hand clock and timer
}
