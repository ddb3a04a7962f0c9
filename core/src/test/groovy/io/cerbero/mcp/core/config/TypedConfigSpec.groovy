package io.cerbero.mcp.core.config

import io.cerbero.mcp.core.spi.ConfigKey
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.PluginConfig
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.time.Duration

import static io.cerbero.mcp.core.spi.Environment.TESTNET

/** Typed reads of declared config values: one NOT_CONFIGURED per bad value, naming the variable and the value. */
class TypedConfigSpec extends Specification {

    static PluginConfig config(Map<String, String> values) {
        ResolvedPluginConfig.resolve('VENUE_', [
                ConfigKey.withDefault('RECV_WINDOW', '5000', 'ms a signed request stays valid'),
                ConfigKey.withDefault('TIMEOUT', '5s', 'how long to wait'),
                ConfigKey.withDefault('USE_WS', 'false', 'stream instead of poll'),
                ConfigKey.withDefault('CAP', '3', 'a decimal'),
                new ConfigKey('OPTIONAL', false, false, null, 'nothing by default')], TESTNET, ConfigSource.of(values))
    }

    ToolException refusal(Closure read) {
        try {
            read()
        } catch (ToolException e) {
            return e
        }
        throw new AssertionError('accepted')
    }

    def 'integer #raw reads as #expected'() {
        expect:
        config([VENUE_RECV_WINDOW_TESTNET: raw]).integer('RECV_WINDOW').get() == expected

        where:
        raw      || expected
        '5000'   || 5000
        ' 250 '  || 250
        '-1'     || -1
    }

    def 'integer #raw is NOT_CONFIGURED naming the variable and what was set'() {
        when:
        def e = refusal { config([VENUE_RECV_WINDOW: raw]).integer('RECV_WINDOW') }

        then:
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message == "VENUE_RECV_WINDOW is not a whole number (got \"${raw.trim()}\")"
        e.suggestedFix().get() == 'correct VENUE_RECV_WINDOW and restart'

        where:
        raw << ['5s', '1.5', 'abc', '99999999999']
    }

    def 'duration #raw reads as #expected'() {
        expect:
        config([VENUE_TIMEOUT: raw]).duration('TIMEOUT').get() == expected

        where:
        raw      || expected
        '500ms'  || Duration.ofMillis(500)
        '5s'     || Duration.ofSeconds(5)
        '2m'     || Duration.ofMinutes(2)
        '1h'     || Duration.ofHours(1)
        '1d'     || Duration.ofDays(1)
        '10 S'   || Duration.ofSeconds(10)
        'PT1.5S' || Duration.ofMillis(1500)
    }

    def 'duration #raw is NOT_CONFIGURED: #why'() {
        when:
        def e = refusal { config([VENUE_TIMEOUT: raw]).duration('TIMEOUT') }

        then:
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.startsWith('VENUE_TIMEOUT must be a duration with a unit such as 500ms, 5s, 2m, 1h or PT5S')
        e.message.endsWith("(got \"${raw}\")")

        where:
        raw     | why
        '5000'  | 'a bare number has no unit'
        '5 sec' | 'unknown unit'
        'PT-5S' | 'negative'
        'soon'  | 'not a duration'
    }

    def 'boolean #raw reads as #expected, in any case'() {
        expect:
        config([VENUE_USE_WS: raw]).bool('USE_WS').get() == expected

        where:
        raw     || expected
        'true'  || true
        'TRUE'  || true
        'False' || false
    }

    def 'boolean #raw is NOT_CONFIGURED naming the variable'() {
        when:
        def e = refusal { config([VENUE_USE_WS: raw]).bool('USE_WS') }

        then:
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message == "VENUE_USE_WS must be true or false (got \"${raw}\")"

        where:
        raw << ['yes', '1', 'on']
    }

    def 'defaults are read through the same typed readers'() {
        given:
        def c = config([:])

        expect:
        c.integer('RECV_WINDOW').get() == 5000
        c.duration('TIMEOUT').get() == Duration.ofSeconds(5)
        !c.bool('USE_WS').get()
        c.decimal('CAP').get() == 3G
    }

    def 'an unset key without a default reads as empty with every typed reader'() {
        given:
        def c = config([:])

        expect:
        c.integer('OPTIONAL').isEmpty()
        c.duration('OPTIONAL').isEmpty()
        c.bool('OPTIONAL').isEmpty()
        c.decimal('OPTIONAL').isEmpty()
    }

    def 'a very long bad value is echoed shortened'() {
        when:
        def e = refusal { config([VENUE_USE_WS: 'x' * 500]).bool('USE_WS') }

        then:
        e.message.length() < 160
        e.message.contains('…')
    }

    def 'a malformed decimal names the variable and the value too'() {
        when:
        def e = refusal { config([VENUE_CAP: 'three']).decimal('CAP') }

        then:
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message == 'VENUE_CAP is not a decimal number (got "three")'
    }
}
