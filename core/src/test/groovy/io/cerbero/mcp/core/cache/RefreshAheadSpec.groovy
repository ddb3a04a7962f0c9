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

    /** Stores a first answer whose venue call took {@code took}. */
    void primed(Duration took = Duration.ZERO) {
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

        when: 'the refresh starts 1000 - 2 x 200 = 600 ms into the window'
        clock.advance(Duration.ofMillis(599))
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

    def 'the lead is a tenth of the window for a quick venue, and at most half for a slow one'() {
        expect:
        RefreshAhead.lead(Duration.ofMillis(250), Duration.ofMillis(took)) == Duration.ofMillis(lead)

        where:
        took | lead
        0    | 25
        5    | 25
        40   | 80
        100  | 125
        900  | 125
    }
}
