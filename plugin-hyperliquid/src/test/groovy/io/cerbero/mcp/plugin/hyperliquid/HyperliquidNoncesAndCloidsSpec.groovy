package io.cerbero.mcp.plugin.hyperliquid

import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidCloids
import io.cerbero.mcp.plugin.hyperliquid.client.HyperliquidNonces
import spock.lang.Specification

import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/** Nonces never repeat within a session, whatever the clock does; cloids are 128-bit hex. */
class HyperliquidNoncesAndCloidsSpec extends Specification {
    static final Instant T = Instant.parse('2025-01-02T10:00:00Z')

    /** A clock the test moves by hand. */
    static class ManualClock extends Clock {
        volatile Instant now = T

        ZoneOffset getZone() { ZoneOffset.UTC }

        Clock withZone(java.time.ZoneId zone) { this }

        Instant instant() { now }
    }

    def 'a nonce is the clock in ms, or one more than the last when the clock stood still or went back'() {
        given:
        def clock = new ManualClock()
        def nonces = new HyperliquidNonces(clock)

        when:
        def first = nonces.next()
        def second = nonces.next()
        clock.now = T.minusSeconds(5)
        def third = nonces.next()
        clock.now = T.plusSeconds(1)
        def fourth = nonces.next()

        then:
        first == T.toEpochMilli()
        second == first + 1
        third == first + 2
        fourth == T.plusSeconds(1).toEpochMilli()
    }

    def 'concurrent callers never get the same nonce'() {
        given:
        def nonces = new HyperliquidNonces(Clock.fixed(T, ZoneOffset.UTC))
        def taken = new ConcurrentLinkedQueue<Long>()
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(8)

        when:
        def futures = (1..8).collect {
            pool.submit {
                start.await()
                1000.times { taken.add(nonces.next()) }
            }
        }
        start.countDown()
        futures*.get()

        then:
        taken.size() == 8000
        taken.toSet().size() == 8000
        taken.max() == T.toEpochMilli() + 7999

        cleanup:
        pool.shutdownNow()
    }

    def 'a generated cloid carries 48 bits of time and 80 random bits'() {
        given:
        def random = new Random(7)

        when:
        def a = HyperliquidCloids.INSTANCE.givenOrGenerate(null, Clock.fixed(T, ZoneOffset.UTC), random)
        def b = HyperliquidCloids.INSTANCE.givenOrGenerate(null, Clock.fixed(T, ZoneOffset.UTC), random)

        then:
        a ==~ /0x[0-9a-f]{32}/
        a.substring(2, 14) == String.format('%012x', T.toEpochMilli())
        a != b
    }

    def 'a given cloid is checked and lower-cased'() {
        expect:
        HyperliquidCloids.INSTANCE.givenOrGenerate('0xABCDEF0123456789ABCDEF0123456789', Clock.systemUTC(), new Random()) ==
                '0xabcdef0123456789abcdef0123456789'

        when:
        HyperliquidCloids.INSTANCE.givenOrGenerate('cmcp-123', Clock.systemUTC(), new Random())

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('32 hex digits')
    }
}
