package io.cerbero.mcp.core.upstream

import io.cerbero.mcp.core.cache.HandClock
import io.cerbero.mcp.core.invoke.DryRunGuard
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.Upstream.UpstreamLimits
import io.cerbero.mcp.core.spi.UpstreamRequest
import io.cerbero.mcp.core.spi.UpstreamResponse
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException

/**
 * The upstream budget, driven by a hand clock and a hand timer through the real client with a scripted transport:
 * nothing here waits for real time, every assertion counts what reached the venue.
 */
class UpstreamBudgetSpec extends Specification {

    HandClock clock = new HandClock()
    HandTimer timer = new HandTimer(clock)
    ScriptedTransport venue = new ScriptedTransport()
    DryRunGuard guard = new DryRunGuard()

    ResilientUpstreamClient client(UpstreamLimits limits) {
        new ResilientUpstreamClient('venue.testnet.rest', URI.create('https://venue.invalid'), venue, limits, clock,
                guard, timer)
    }

    static UpstreamRequest ticker(String bot = 'a') {
        UpstreamRequest.get('/ticker', 'bot=' + bot)
    }

    /** Sends as the given bot, the way the invoker runs a tool for it. */
    CompletableFuture<UpstreamResponse> sendAs(String bot, ResilientUpstreamClient client,
                                               UpstreamRequest request = ticker(bot)) {
        guard.caller().during(bot) { client.sendAsync(request) }
    }

    static ToolException failureOf(CompletableFuture<?> future) {
        assert future.isDone()
        try {
            future.join()
        } catch (CompletionException e) {
            return (ToolException) e.cause
        }
        throw new AssertionError('the future succeeded')
    }

    def 'a per-minute budget sends its burst at once, then one request per refill, counted on the hand clock'() {
        given: 'three requests a minute: one comes back every 20 s'
        def client = client(UpstreamLimits.perMinute(3))

        when:
        def calls = (1..4).collect { client.sendAsync(ticker()) }

        then: 'the burst of three is sent, the fourth waits without a thread'
        calls[0..2]*.isDone() == [true] * 3
        !calls[3].isDone()
        venue.sent.size() == 3

        when: 'a little less than a refill'
        timer.advance(Duration.ofSeconds(19))

        then:
        !calls[3].isDone()
        venue.sent.size() == 3

        when: 'the refill'
        timer.advance(Duration.ofSeconds(1))

        then:
        calls[3].join().body() == 'ok'
        venue.sent.size() == 4
        client.budgetCounters().immediateCount() == 3
        client.budgetCounters().queuedCount() == 1
    }

    def 'a call whose own bot\'s queue already outlasts the wait is refused at once, the venue never asked'() {
        given: 'one request a minute: the next can wait one refill (60 s + 2 s), the one after it would need 120 s'
        def client = client(UpstreamLimits.perMinute(1))
        client.sendAsync(ticker()).join()

        when:
        def next = client.sendAsync(ticker())
        def late = client.sendAsync(ticker())

        then:
        !next.isDone()
        def e = failureOf(late)
        e.code() == ErrorCode.RATE_LIMIT
        e.retryable()
        e.retryAfter().isPresent()
        e.details()[RejectedBy.DETAIL] == RejectedBy.RATE_LIMITER
        e.suggestedFix().get().contains('1 per 1m')

        when:
        timer.advance(Duration.ofSeconds(60))

        then:
        next.join().body() == 'ok'
        venue.sent.size() == 2
        client.budgetCounters().refusedCount() == 1
    }

    def 'a queued call whose turn has not come by its deadline (wait plus one refill) gives up with RATE_LIMIT'() {
        given: 'one request a second (deadline 2 s + 1 s + 1 s); A, B and C queue behind the call just sent'
        def client = client(UpstreamLimits.perSecond(1))
        sendAs('A', client).join()
        def b1 = sendAs('B', client)
        def a2 = sendAs('A', client)
        def c1 = sendAs('C', client)
        def c2 = sendAs('C', client)

        when: 'B, A and C are served one a second, in turn; C\'s second call would come at 4 s, its deadline'
        timer.step(Duration.ofSeconds(1), 4)

        then:
        [b1, a2, c1]*.join()*.body() == ['ok'] * 3
        failureOf(c2).code() == ErrorCode.RATE_LIMIT
        venue.bots() == ['A', 'B', 'A', 'C']
    }

    def 'a weighted budget charges each request its weight and refills by weight'() {
        given: '100 units a minute, requests of weight 60'
        def client = client(UpstreamLimits.weighted(100, 100, Duration.ofMinutes(1)))
        def heavy = ticker().withWeight(60)

        when:
        def first = client.sendAsync(heavy)
        def second = client.sendAsync(heavy)

        then: '40 units are left: the second waits'
        first.isDone()
        !second.isDone()

        when: '20 more units take 12 s at 100 a minute'
        timer.advance(Duration.ofMillis(11_900))

        then:
        !second.isDone()

        when:
        timer.advance(Duration.ofMillis(100))

        then:
        second.isDone()
        venue.sent*.weight() == [60, 60]
    }

    def 'a request heavier than the whole budget is refused at once, not queued forever'() {
        given:
        def client = client(UpstreamLimits.weighted(100, 100, Duration.ofMinutes(1)))

        when:
        def future = client.sendAsync(ticker().withWeight(101))

        then:
        def e = failureOf(future)
        e.code() == ErrorCode.UPSTREAM_REJECTED
        !e.retryable()
        e.message.contains('exceeds the whole budget')
        venue.sent.isEmpty()
    }

    def 'a retry takes its own permit: with the budget spent it waits for the refill before it is sent'() {
        given: 'one request a minute, and a venue failing once with 503'
        venue.answering(503)
        def client = client(UpstreamLimits.perMinute(1))

        when:
        def call = client.sendAsync(ticker())
        timer.advance(Duration.ofSeconds(1))

        then: 'the backoff is over, but the retry has no permit yet'
        !call.isDone()
        venue.sent.size() == 1

        when: 'the budget refills'
        timer.advance(Duration.ofSeconds(59))

        then:
        call.join().body() == 'ok'
        venue.sent.size() == 2
    }

    def 'a 429 with X-Ratelimit-Reset pauses the upstream until that second, then the GET is retried'() {
        given: 'Alpaca says: reset in 2 s (epoch seconds)'
        long reset = clock.instant().epochSecond + 2
        venue.answering(429, ['X-Ratelimit-Reset': "$reset"])
        def client = client(UpstreamLimits.perMinute(200))

        when:
        def call = client.sendAsync(ticker())
        def other = client.sendAsync(ticker('b'))
        timer.advance(Duration.ofMillis(1900))

        then: 'neither the retry nor another call goes before the reset'
        !call.isDone()
        !other.isDone()
        venue.sent.size() == 1

        when:
        timer.advance(Duration.ofMillis(100))

        then:
        call.join().body() == 'ok'
        other.join().body() == 'ok'
        venue.sent.size() == 3
    }

    def 'a 429 whose reset is far away is RATE_LIMIT with that wait, and holds back the next calls without sending'() {
        given:
        long reset = clock.instant().epochSecond + 30
        venue.answering(429, ['X-Ratelimit-Reset': "$reset"])
        def client = client(UpstreamLimits.perMinute(200))

        when:
        def e = failureOf(client.sendAsync(ticker()))
        def next = failureOf(client.sendAsync(ticker()))

        then:
        e.code() == ErrorCode.RATE_LIMIT
        e.retryAfter().get() == Duration.ofSeconds(30)
        next.code() == ErrorCode.RATE_LIMIT
        next.retryAfter().get() == Duration.ofSeconds(30)
        venue.sent.size() == 1
    }

    def 'a 429 on a write is never retried, even with a short reset'() {
        given:
        venue.answering(429, ['Retry-After': '1'])
        def client = client(UpstreamLimits.perMinute(200))

        when:
        def e = failureOf(client.sendAsync(UpstreamRequest.postJson('/order', '{}')))

        then:
        e.code() == ErrorCode.RATE_LIMIT
        venue.sent.size() == 1
    }

    def 'reset header #header: #value reads as #expected'() {
        given:
        def response = new UpstreamResponse(429, [(header): [value]], '')

        expect:
        RetryAfter.from(response, clock) == Optional.ofNullable(expected)

        where: 'the hand clock reads 2025-01-02T10:00:00Z = 1735812000 s'
        header                         | value             || expected
        'Retry-After'                  | '3'               || Duration.ofSeconds(3)
        'X-Ratelimit-Reset'            | '1735812042'      || Duration.ofSeconds(42)
        'X-Ratelimit-Reset'            | '1735811000'      || Duration.ZERO
        'X-Ratelimit-Reset'            | 'soon'            || null
        'X-Bapi-Limit-Reset-Timestamp' | '1735812001500'   || Duration.ofMillis(1500)
        'X-Other'                      | '5'               || null
    }

    def 'when the budget is short, bot B is served in turn with bot A instead of behind its burst of 50'() {
        given: 'five requests a second (one every 200 ms after the burst)'
        def client = client(UpstreamLimits.perSecond(5))

        when: 'bot A bursts 50 calls, then bot B makes 5'
        def a = (1..50).collect { sendAs('A', client) }
        def b = (1..5).collect { sendAs('B', client) }

        then: 'A took the free burst; everything else waits'
        venue.bots() == ['A'] * 5
        b*.isDone() == [false] * 5

        when: 'eight refills'
        timer.step(Duration.ofMillis(200), 8)

        then: 'the grants alternate: B got half of them, not none'
        venue.bots().drop(5) == ['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']
        b.count { it.isDone() } == 4
    }

    def 'a call that waited for its turn completes with its bot still named, so a chained venue call keeps it'() {
        given:
        def client = client(UpstreamLimits.perMinute(1))
        client.sendAsync(ticker()).join()
        String seen = null

        when:
        def chained = sendAs('B', client).thenApply { seen = guard.caller().current().orElse('nobody'); it }
        timer.advance(Duration.ofMinutes(1))

        then:
        chained.isDone()
        seen == 'B'
        !guard.caller().current().isPresent()
    }
}
