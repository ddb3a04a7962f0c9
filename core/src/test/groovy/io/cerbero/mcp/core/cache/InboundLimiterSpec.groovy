package io.cerbero.mcp.core.cache

import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.limits.InboundLimiter
import io.cerbero.mcp.core.limits.InboundLimits
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset

class InboundLimiterSpec extends Specification {
    def clock = new HandClock()
    def counters = new CacheCounters()

    def 'the token limit holds for all bots together and says when to retry'() {
        given:
        def limiter = new InboundLimiter(new InboundLimits(0, 4), clock, counters)
        (1..4).each { limiter.admit(Environment.TESTNET, "bot-${it}") }

        when:
        limiter.admit(Environment.TESTNET, 'bot-5')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.RATE_LIMIT
        e.retryAfter().get() == Duration.ofMillis(250)
        counters.refusals('bot-5', 'token') == 1

        and: 'the other environment has its own token'
        limiter.admit(Environment.MAINNET, 'bot-5')
    }

    def 'limits are read from config, with defaults, and bad values are reported'() {
        given:
        List<String> problems = []

        expect:
        InboundLimits.load(ConfigSource.of([:]), problems) == new InboundLimits(InboundLimits.DEFAULT_PER_BOT, InboundLimits.DEFAULT_PER_TOKEN)
        InboundLimits.load(ConfigSource.of([RATE_LIMIT_PER_BOT: '0', RATE_LIMIT_PER_TOKEN: 'lots']), problems).perBot() == 0
        problems == ["RATE_LIMIT_PER_TOKEN must be a whole number of calls per second from 0 (off) to 1000000 (got 'lots')"]
    }
}
