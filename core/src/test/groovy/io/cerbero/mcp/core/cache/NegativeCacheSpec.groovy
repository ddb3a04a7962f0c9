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
import java.util.concurrent.CompletionException

class NegativeCacheSpec extends Specification {
    def json = new ObjectMapper()
    def clock = new HandClock()
    def counters = new CacheCounters()
    def cache = new ResponseCache(new CaffeineAnswerStore(100), clock, counters)
    def testnet = new CacheKey('bybit', Environment.TESTNET, 'get_ticker', '{"symbol":"NOPEUSDT"}')
    def mainnet = new CacheKey('bybit', Environment.MAINNET, 'get_ticker', '{"symbol":"NOPEUSDT"}')
    def freshness = Freshness.of(Duration.ofMillis(250)).servingStaleFor(Duration.ofSeconds(5))
    int venueCalls = 0

    static ToolException unknownInstrument() {
        ToolException.upstreamRejected('no such symbol').withDetail('reason', 'unknown_instrument')
    }

    /** Asks through the cache; the venue answers with {@code outcome} (a failure or an answer). */
    Object ask(CacheKey key, Object outcome, boolean fresh = false) {
        def venue = outcome instanceof Throwable ? CompletableFuture.failedFuture(outcome)
                : CompletableFuture.completedFuture(new InvocationResult(json.createObjectNode().put('last', outcome), Instant.EPOCH))
        try {
            cache.answer(key, freshness, fresh, 'r', { venueCalls++; venue }).join()
        } catch (CompletionException e) {
            e.cause
        }
    }

    def 'an unknown-instrument rejection is answered again without a venue call for five seconds'() {
        when:
        def first = ask(testnet, unknownInstrument())
        clock.advance(Duration.ofMillis(4999))
        def again = ask(testnet, unknownInstrument())

        then:
        first instanceof ToolException
        again instanceof ToolException
        again.message == 'no such symbol'
        again.details().reason == 'unknown_instrument'
        venueCalls == 1
        counters.answers('bybit', 'get_ticker', CacheStatus.NEGATIVE) == 1

        when: 'five seconds after the rejection'
        clock.advance(Duration.ofMillis(1))
        ask(testnet, unknownInstrument())

        then:
        venueCalls == 2
    }

    def 'once the venue knows the instrument, its answer replaces the rejection'() {
        given:
        ask(testnet, unknownInstrument())
        clock.advance(Duration.ofSeconds(5))

        when:
        def listed = ask(testnet, '1.5')
        def next = ask(testnet, '1.6')

        then:
        listed instanceof InvocationResult
        next.cache().status() == CacheStatus.HIT
        venueCalls == 2
    }

    def 'a testnet rejection is never answered to a mainnet caller'() {
        given:
        ask(testnet, unknownInstrument())

        when:
        def live = ask(mainnet, '100')

        then:
        live instanceof InvocationResult
        venueCalls == 2
    }

    def 'no-cache asks the venue even while a rejection is remembered'() {
        given:
        ask(testnet, unknownInstrument())

        when:
        def fresh = ask(testnet, '100', true)

        then:
        fresh instanceof InvocationResult
        venueCalls == 2
    }

    def 'transient failures and other rejections are never remembered: the next call asks the venue'() {
        when:
        ask(testnet, failure)
        ask(testnet, failure)

        then:
        venueCalls == 2

        where:
        failure << [ToolException.upstreamError('venue down').withDetail('reason', 'unknown_instrument'),
                    ToolException.of(io.cerbero.mcp.core.spi.ErrorCode.UPSTREAM_TIMEOUT, 'slow'),
                    ToolException.of(io.cerbero.mcp.core.spi.ErrorCode.RATE_LIMIT, 'limited'),
                    ToolException.upstreamRejected('price out of band'),
                    ToolException.invalidInput('bad depth')]
    }
}
