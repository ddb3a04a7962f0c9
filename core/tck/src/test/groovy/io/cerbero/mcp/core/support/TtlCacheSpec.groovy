package io.cerbero.mcp.core.support

import io.cerbero.mcp.core.testing.MutableClock
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

class TtlCacheSpec extends Specification {

    static final Instant T0 = Instant.parse('2025-01-02T10:00:00Z')

    MutableClock clock = new MutableClock(T0)
    AtomicInteger loads = new AtomicInteger()

    /** A loader that counts its calls and answers "<key>#<call number>" at once. */
    def counting = { String key -> CompletableFuture.completedFuture("${key}#${loads.incrementAndGet()}".toString()) }

    def 'a value is served from the cache until its ttl has passed on the host clock, then loaded again'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)

        when:
        def first = cache.get('DGS10', counting).join()
        clock.advance(Duration.ofMinutes(59))
        def second = cache.get('DGS10', counting).join()

        then:
        first.value() == 'DGS10#1'
        second.value() == 'DGS10#1'
        second.fetchedAt() == T0
        loads.get() == 1

        when:
        clock.advance(Duration.ofMinutes(1))
        def third = cache.get('DGS10', counting).join()

        then:
        third.value() == 'DGS10#2'
        third.fetchedAt() == T0 + Duration.ofHours(1)
        loads.get() == 2
    }

    def 'keys are cached independently'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)

        expect:
        cache.get('DGS2', counting).join().value() == 'DGS2#1'
        cache.get('DGS10', counting).join().value() == 'DGS10#2'
        cache.get('DGS2', counting).join().value() == 'DGS2#1'
    }

    def 'concurrent gets of one key while its load is in flight share that single load'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)
        def upstream = new CompletableFuture<String>()

        when:
        def waiters = (1..10).collect { cache.get('T10Y2Y') { k -> loads.incrementAndGet(); upstream } }

        then:
        loads.get() == 1
        waiters.every { !it.done }

        when:
        upstream.complete('0.42')

        then:
        waiters*.join()*.value() == ['0.42'] * 10
        loads.get() == 1
    }

    def 'gets racing from many threads cost one load'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)
        def pool = Executors.newFixedThreadPool(8)
        def start = new CountDownLatch(1)
        def upstream = new CompletableFuture<String>()

        when:
        def futures = (1..32).collect {
            pool.submit({ start.await(); cache.get('T5YIE') { k -> loads.incrementAndGet(); upstream } } as Callable)
        }
        start.countDown()
        def waiters = futures*.get(10, TimeUnit.SECONDS)
        upstream.complete('2.31')

        then:
        waiters*.join()*.value().unique() == ['2.31']
        loads.get() == 1

        cleanup:
        pool.shutdownNow()
    }

    def 'a failed load is not cached: its waiters see the failure and the next get loads again'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)
        def failing = { String k -> loads.incrementAndGet(); CompletableFuture.<String> failedFuture(ToolException.upstreamError('FRED answered HTTP 500')) }

        when:
        cache.get('DGS30', failing).join()

        then:
        def e = thrown(CompletionException)
        e.cause instanceof ToolException
        cache.getIfPresent('DGS30').isEmpty()

        when:
        def retried = cache.get('DGS30', counting).join()

        then:
        retried.value() == 'DGS30#2'
    }

    def 'a loader that #kind counts as a failed load and is not cached'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)

        when:
        cache.get('k', loader).join()

        then:
        thrown(CompletionException)
        cache.size() == 0
        cache.get('k', counting).join().value() == 'k#1'

        where:
        kind                   | loader
        'throws'               | { String k -> throw ToolException.invalidInput('bad') }
        'returns no stage'     | { String k -> null }
        'completes with null'  | { String k -> CompletableFuture.completedFuture(null) }
    }

    def 'a failure that arrives later does not poison the key for the next caller'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)
        def upstream = new CompletableFuture<String>()
        def waiter = cache.get('k') { k -> upstream }

        when:
        upstream.completeExceptionally(ToolException.upstreamError('timeout'))

        then:
        waiter.completedExceptionally
        cache.get('k', counting).join().value() == 'k#1'
    }

    def 'a caller cancelling its own future does not cancel the shared load of the others'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 100, clock)
        def upstream = new CompletableFuture<String>()
        def impatient = cache.get('k') { k -> upstream }
        def patient = cache.get('k') { k -> upstream }

        when:
        impatient.cancel(true)
        upstream.complete('v')

        then:
        patient.join().value() == 'v'
        cache.getIfPresent('k').get().value() == 'v'
    }

    def 'a zero ttl caches nothing once loaded'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ZERO, 100, clock)

        expect:
        cache.get('k', counting).join().value() == 'k#1'
        cache.get('k', counting).join().value() == 'k#2'
    }

    def 'the cache holds at most maxEntries values'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 3, clock)

        when:
        (1..20).each { cache.get("key${it}".toString(), counting).join() }

        then:
        cache.size() <= 3
    }

    def 'a weighed cache holds values up to a total weight, however many'() {
        given: 'each value weighs its length; at most 10 in all'
        def cache = TtlCache.<String, String> weighed(Duration.ofHours(1), 10, { String v -> v.length() }, clock)

        when:
        (1..5).each { n -> cache.get("k${n}".toString()) { k -> CompletableFuture.completedFuture('xxxx') }.join() }

        then:
        cache.size() <= 2

        when: 'a value heavier than the whole budget is still served to its caller, just not kept'
        def heavy = cache.get('big') { k -> CompletableFuture.completedFuture('y' * 50) }.join()

        then:
        heavy.value().length() == 50
        cache.getIfPresent('big').isEmpty()
    }

    def 'getIfPresent never loads and sees only fresh, completed values'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofMinutes(10), 10, clock)

        expect:
        cache.getIfPresent('k').isEmpty()
        loads.get() == 0

        when:
        cache.get('k', counting).join()

        then:
        cache.getIfPresent('k').get().value() == 'k#1'

        when:
        clock.advance(Duration.ofMinutes(10))

        then:
        cache.getIfPresent('k').isEmpty()
    }

    def 'invalidate forgets a key'() {
        given:
        def cache = TtlCache.<String, String> of(Duration.ofHours(1), 10, clock)
        cache.get('k', counting).join()

        when:
        cache.invalidate('k')

        then:
        cache.get('k', counting).join().value() == 'k#2'
    }

    def 'nonsense sizing is refused when the cache is built'() {
        when:
        TtlCache.of(ttl, max, clock)

        then:
        thrown(IllegalArgumentException)

        where:
        ttl                    | max
        Duration.ofSeconds(-1) | 10
        Duration.ofSeconds(1)  | 0
    }

    def 'a weighed cache needs a positive budget and a weigher'() {
        when:
        TtlCache.weighed(Duration.ofMinutes(1), max, weigher, clock)

        then:
        thrown(exception)

        where:
        max | weigher             | exception
        0   | { v -> 1 }          | IllegalArgumentException
        10  | null                | NullPointerException
    }
}
