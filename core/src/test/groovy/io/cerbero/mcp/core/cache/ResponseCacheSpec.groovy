package io.cerbero.mcp.core.cache

import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.invoke.InvocationResult
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.Freshness
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException

class ResponseCacheSpec extends Specification {
    static final Instant VENUE_TIME = Instant.parse('2025-01-02T09:59:59Z')

    def json = new ObjectMapper()
    def clock = new HandClock()
    def counters = new CacheCounters()
    def cache = new ResponseCache(new CaffeineAnswerStore(100), clock, counters)
    def key = new CacheKey('bybit', Environment.TESTNET, 'get_ticker', '{"symbol":"BTCUSDT"}')
    def freshness = Freshness.of(Duration.ofSeconds(1)).servingStaleFor(Duration.ofSeconds(30))
    int venueCalls = 0

    InvocationResult answer(String last) {
        new InvocationResult(json.createObjectNode().put('last', last).put('request_id', 'leader'), VENUE_TIME)
    }

    CompletableFuture<InvocationResult> ask(String requestId, CompletableFuture<InvocationResult> venue, boolean fresh = false) {
        cache.answer(key, freshness, fresh, requestId, { venueCalls++; venue })
    }

    def 'calls arriving while one is in flight share it: one venue call, each with its own request id'() {
        given:
        def venue = new CompletableFuture<InvocationResult>()

        when:
        def first = ask('r1', venue)
        def second = ask('r2', new CompletableFuture())
        venue.complete(answer('100'))

        then:
        venueCalls == 1
        first.join().cache().status() == CacheStatus.MISS
        second.join().cache().status() == CacheStatus.COALESCED
        second.join().body().path('request_id').asText() == 'r2'
        second.join().body().path('last').asText() == '100'
        second.join().dataTimestamp() == VENUE_TIME
        counters.answers('bybit', 'get_ticker', CacheStatus.COALESCED) == 1
    }

    def 'an error is not stored: the next call asks the venue again'() {
        when:
        ask('r1', CompletableFuture.failedFuture(ToolException.invalidInput('unknown symbol'))).join()

        then:
        thrown(CompletionException)

        when:
        def next = ask('r2', CompletableFuture.completedFuture(answer('100'))).join()

        then:
        venueCalls == 2
        next.cache().status() == CacheStatus.MISS
    }

    def 'a rejection is never hidden behind a stale answer; a venue failure is, within the staleness'() {
        given:
        ask('r1', CompletableFuture.completedFuture(answer('100'))).join()
        clock.advance(Duration.ofSeconds(10))

        when:
        ask('r2', CompletableFuture.failedFuture(ToolException.invalidInput('bad'))).join()

        then:
        thrown(CompletionException)

        when:
        def stale = ask('r3', CompletableFuture.failedFuture(ToolException.upstreamError('venue down'))).join()

        then:
        stale.cache().status() == CacheStatus.STALE
        stale.cache().ageSeconds() == 10
        stale.body().path('request_id').asText() == 'r3'
    }

    def 'no-cache skips a fresh stored answer'() {
        given:
        ask('r1', CompletableFuture.completedFuture(answer('100'))).join()

        expect:
        ask('r2', CompletableFuture.completedFuture(answer('101'))).join().cache().status() == CacheStatus.HIT
        ask('r3', CompletableFuture.completedFuture(answer('102')), true).join().body().path('last').asText() == '102'
        venueCalls == 2
    }

    def 'an answer the tool limits is fresh only that long and never served stale beyond it'() {
        given: 'a partial answer, limited to 200 ms, of a tool fresh for 1 s and stale-servable for 30 s'
        def partial = new InvocationResult(json.createObjectNode().put('last', '100'), VENUE_TIME, null,
                Duration.ofMillis(200))
        ask('r1', CompletableFuture.completedFuture(partial)).join()

        when: 'before the refresh-ahead window'
        clock.advance(Duration.ofMillis(150))
        def hit = ask('r2', CompletableFuture.completedFuture(answer('101'))).join()

        then:
        hit.cache().status() == CacheStatus.HIT
        venueCalls == 1

        when: 'past the limit, the venue fails: the partial answer is not served as stale'
        clock.advance(Duration.ofMillis(51))
        ask('r3', CompletableFuture.failedFuture(ToolException.upstreamError('venue down'))).join()

        then:
        thrown(CompletionException)
        venueCalls == 2
    }

    def 'an answer limited to zero is not stored'() {
        given:
        def uncacheable = new InvocationResult(json.createObjectNode().put('last', '100'), VENUE_TIME, null, Duration.ZERO)
        ask('r1', CompletableFuture.completedFuture(uncacheable)).join()

        when:
        def next = ask('r2', CompletableFuture.completedFuture(answer('101'))).join()

        then:
        next.cache().status() == CacheStatus.MISS
        venueCalls == 2
    }
}
