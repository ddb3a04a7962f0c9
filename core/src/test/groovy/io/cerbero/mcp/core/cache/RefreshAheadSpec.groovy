package io.cerbero.mcp.core.cache

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.invoke.InvocationResult
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.Freshness
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.CompletableFuture

class RefreshAheadSpec extends Specification {
    static final Instant VENUE_TIME = Instant.parse('2025-01-02T09:59:59Z')

    def json = new ObjectMapper()
    def clock = new HandClock()
    def counters = new CacheCounters()
    def cache = new ResponseCache(new CaffeineAnswerStore(100), clock, counters)
    def key = new CacheKey('bybit', Environment.TESTNET, 'get_ticker', '{"symbol":"BTCUSDT"}')
    def freshness = Freshness.of(Duration.ofMillis(1000))
    /** Every venue call started, in order; the spec completes them by hand. */
    List<CompletableFuture<InvocationResult>> venueCalls = []
    int backgroundCalls = 0

    InvocationResult answer(String last) {
        new InvocationResult(json.createObjectNode().put('last', last), VENUE_TIME)
    }

    CompletableFuture<InvocationResult> ask(String requestId) {
        cache.answer(key, freshness, false, requestId, { venue() }, { backgroundCalls++; venue() })
    }

    CompletableFuture<InvocationResult> venue() {
        def call = new CompletableFuture<InvocationResult>()
        venueCalls << call
        call
    }

    /** Stores a first answer whose venue call took {@code took} (60 ms: the refresh is due 940 ms into its window). */
    void primed(Duration took = Duration.ofMillis(60)) {
        def first = ask('r0')
        clock.advance(took)
        venueCalls[0].complete(answer('100'))
        assert first.join().cache().status() == CacheStatus.MISS
    }

    def 'a hit early in the freshness window starts nothing'() {
        given:
        primed()
        clock.advance(Duration.ofMillis(500))

        expect:
        ask('r1').join().cache().status() == CacheStatus.HIT
        venueCalls.size() == 1
        backgroundCalls == 0
    }

    def 'a hit near the end of the window is answered at once and starts one background refresh'() {
        given:
        primed()
        clock.advance(Duration.ofMillis(950))

        when: 'two hits land in the refresh window'
        def first = ask('r1')
        def second = ask('r2')

        then: 'both are served from the entry without waiting, and only one refresh goes to the venue'
        first.isDone() && first.join().cache().status() == CacheStatus.HIT
        second.isDone() && second.join().cache().status() == CacheStatus.HIT
        backgroundCalls == 1
        venueCalls.size() == 2
        counters.refreshes('bybit', 'get_ticker') == 1
    }

    def 'callers after expiry share the refresh in flight instead of starting their own call'() {
        given:
        primed()
        clock.advance(Duration.ofMillis(950))
        ask('r1').join()

        when: 'the entry expires before the refresh lands'
        clock.advance(Duration.ofMillis(100))
        def late = ask('r2')

        then:
        !late.isDone()
        venueCalls.size() == 2

        when:
        venueCalls[1].complete(answer('101'))

        then:
        late.join().cache().status() == CacheStatus.COALESCED
        late.join().body().path('last').asText() == '101'
        late.join().body().path('request_id').asText() == 'r2'
    }

    def 'the refreshed answer replaces the entry, and a hit never serves an answer older than the freshness'() {
        given:
        primed()
        clock.advance(Duration.ofMillis(950))
        ask('r1').join()
        venueCalls[1].complete(answer('101'))

        when:
        clock.advance(Duration.ofMillis(100))
        def next = ask('r2').join()

        then: 'the refreshed entry, 100 ms old'
        next.cache().status() == CacheStatus.HIT
        next.body().path('last').asText() == '101'
        next.cache().age() == Duration.ofMillis(100)

        when: 'nothing is asked until the refreshed entry is past its freshness too'
        clock.advance(Duration.ofMillis(901))
        def expired = ask('r3')

        then: 'it is not served: the caller waits for a venue call'
        !expired.isDone()
        venueCalls.size() == 3
    }

    def 'a slow venue call moves the refresh earlier'() {
        given: 'the venue took 200 ms to answer'
        primed(Duration.ofMillis(200))

        when: 'the refresh starts 1000 - 200 = 800 ms into the window, one window after the first call was sent'
        clock.advance(Duration.ofMillis(799))
        ask('r1').join()

        then:
        backgroundCalls == 0

        when:
        clock.advance(Duration.ofMillis(1))
        ask('r2').join()

        then:
        backgroundCalls == 1
    }

    def 'a failed refresh is not retried for the same entry, which is served until it expires'() {
        given:
        primed()
        clock.advance(Duration.ofMillis(950))
        ask('r1').join()

        when:
        venueCalls[1].completeExceptionally(ToolException.upstreamError('venue down'))
        def after = ask('r2').join()

        then:
        after.cache().status() == CacheStatus.HIT
        after.body().path('last').asText() == '100'
        backgroundCalls == 1
        venueCalls.size() == 2
    }

    def 'no refresh starts while a venue call for the key is already in flight'() {
        given:
        primed()
        clock.advance(Duration.ofMillis(950))
        def fresh = cache.answer(key, freshness, true, 'nc', { venue() }, { backgroundCalls++; venue() })

        when:
        def hit = ask('r1').join()

        then:
        hit.cache().status() == CacheStatus.HIT
        backgroundCalls == 0
        venueCalls.size() == 2
        !fresh.isDone()
    }

    def 'the lead is the last venue call\'s duration, at most half the window'() {
        expect:
        RefreshAhead.lead(Duration.ofMillis(250), Duration.ofMillis(took)) == Duration.ofMillis(lead)

        where:
        took | lead
        0    | 0
        5    | 5
        40   | 40
        100  | 100
        900  | 125
    }

    def 'a refresh is sent no sooner than one window after the call it replaces was sent: at most one call per window'() {
        given: 'an answer that took #took ms to arrive and is fresh for 250 ms from its arrival'
        Instant sent = Instant.parse('2025-01-02T10:00:00Z')
        Instant arrived = sent.plusMillis(took)
        def answer = new CachedAnswer(json.createObjectNode(), arrived, arrived, Duration.ofMillis(250),
                Duration.ofMillis(250), Duration.ofMillis(took))

        expect:
        !RefreshAhead.due(answer, Duration.ofMillis(250), sent.plusMillis(249))
        RefreshAhead.due(answer, Duration.ofMillis(250), sent.plusMillis(250))

        where:
        took << [0, 3, 40, 100]
    }
}
