package io.cerbero.mcp.core.trading

import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.security.SecureRandom
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

class ClientOrderIdsSpec extends Specification {
    static final Instant NOW = Instant.parse('2025-01-02T10:00:00Z')
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC)
    ClientOrderIds ids = ClientOrderIds.withMaxLength(36)

    def 'a generated id is prefix, epoch ms in base36, dash, 10 random base36 characters'() {
        when:
        def id = ids.generate(clock, new SecureRandom())

        then:
        id ==~ /cmcp-[0-9a-z]+-[0-9a-z]{10}/
        id.startsWith('cmcp-' + Long.toString(NOW.toEpochMilli(), 36) + '-')
        id.length() == 24
        id.length() <= ids.maxLength()
        ids.isValid(id)
    }

    def 'with a fixed clock ids are still unique: the random part differs'() {
        when:
        def random = new SecureRandom()
        def generated = (1..10_000).collect { ids.generate(clock, random) } as Set

        then:
        generated.size() == 10_000
    }

    def 'ids sort by creation time'() {
        given:
        def random = new SecureRandom()

        expect:
        ids.generate(clock, random).substring(0, 14) <
                ids.generate(Clock.offset(clock, java.time.Duration.ofMillis(1)), random).substring(0, 14)
    }

    def 'the same clock and the same random sequence give the same id (deterministic for tests)'() {
        expect:
        ids.generate(clock, new Random(42)) == ids.generate(clock, new Random(42))
    }

    def 'the random part covers the whole base36 alphabet'() {
        when:
        def random = new SecureRandom()
        def chars = (1..2_000).collect { ids.generate(clock, random)[-10..-1] }.join().toSet()

        then:
        chars == ('0'..'9').toSet() + ('a'..'z').toSet()
    }

    def 'a custom prefix and length'() {
        given:
        def deribit = new ClientOrderIds('bot7_', 64, 20)

        when:
        def id = deribit.generate(clock, new SecureRandom())

        then:
        id ==~ /bot7_[0-9a-z]+-[0-9a-z]{20}/
        deribit.isValid(id)
    }

    def 'a configuration whose ids could exceed the limit, or with a bad prefix, is refused at construction'() {
        when:
        new ClientOrderIds(prefix, max, random)

        then:
        thrown(IllegalArgumentException)

        where:
        prefix        | max | random
        'cmcp-'       | 24  | 10
        'a' * 20      | 36  | 10
        'has space-'  | 64  | 10
        'cmcp-'       | 36  | 4
    }

    def 'a caller id of #id is valid: #valid'() {
        expect:
        ids.isValid(id) == valid

        where:
        id                   || valid
        'bot1-0001'          || true
        'A_b-9'              || true
        'x' * 36             || true
        'x' * 37             || false
        ''                   || false
        null                 || false
        'has space'          || false
        'dot.ted'            || false
        'é'                  || false
        'semi;colon'         || false
    }

    def 'require names the field, the limit and the charset'() {
        when:
        ids.require('has space', 'client_order_id')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message == 'client_order_id must be 1-36 characters of A-Z a-z 0-9 - _'
    }

    def 'givenOrGenerate keeps a valid caller id, checks it, or generates one'() {
        expect:
        ids.givenOrGenerate('bot1-0001', clock, new SecureRandom()) == 'bot1-0001'
        ids.givenOrGenerate(null, clock, new SecureRandom()).startsWith('cmcp-')

        when:
        ids.givenOrGenerate('x' * 37, clock, new SecureRandom())

        then:
        thrown(ToolException)
    }
}
