package io.cerbero.mcp.core.invoke

import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.AutoCleanup
import spock.lang.Specification

import static io.cerbero.mcp.core.spi.Environment.TESTNET

/**
 * How request bodies become tool inputs, through the real invoker and the echo submit_order tool in dry run
 * (which answers with the exact venue request it would send, so decimals can be checked on the way out).
 */
class InputParserSpec extends Specification {

    @AutoCleanup PluginHarness h = new PluginHarness(new EchoPlugin(),
            [ECHO_URL_TESTNET: 'http://127.0.0.1:9', ECHO_URL_LIVE: 'http://127.0.0.2:9'])

    static String order(String qty, String extra = '') {
        """{"symbol":"BTC-PERP","side":"buy","qty":${qty},"dry_run":true${extra}}"""
    }

    String venueRequestFor(String body) {
        h.call(TESTNET, 'echo', 'submit_order', body).body().get('request').asText()
    }

    ToolException refusal(String body) {
        try {
            h.call(TESTNET, 'echo', 'submit_order', body)
        } catch (ToolException e) {
            return e
        }
        throw new AssertionError("accepted: ${body.take(100)}")
    }

    def 'the quantity #qty reaches the venue as exactly #sent'() {
        expect:
        venueRequestFor(order(qty)).contains(/"qty":"${sent}"/)

        where:
        qty                                 || sent
        '0.1'                               || '0.1'
        '"0.1"'                             || '0.1'
        '0.30000000000000004'               || '0.30000000000000004'
        '"0.30000000000000004"'             || '0.30000000000000004'
        '"0.10"'                            || '0.10'
        '0.10'                              || '0.10'
        '100'                               || '100'
        '1e-8'                              || '0.00000001'
        '"12345678901234567890.1234567890"' || '12345678901234567890.1234567890'
    }

    def 'the quantity #qty is INVALID_INPUT'() {
        when:
        def e = refusal(order(qty))

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message.length() < 400

        where:
        qty << ['1e999999999', '"1e999999999"', '"1e400"', '1e-999999999', '1' * 50, '"' + '1' * 50 + '"',
                '0.' + '1' * 49, 'NaN', '"NaN"', 'Infinity', '"Infinity"', '-Infinity', '"-Infinity"',
                '"0x10"', '"1,5"', '""', '"  "', 'true', '{}', '[]', '1' * 70]
    }

    def 'an unknown field is INVALID_INPUT naming it and listing the allowed fields'() {
        when:
        def e = refusal(order('1', ',"reduceOnly":true'))

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message == "unknown field 'reduceOnly'"
        e.suggestedFix().get() == 'allowed fields: dry_run, leverage, qty, side, symbol'
    }

    def 'nesting deeper than 32 levels is INVALID_INPUT'() {
        when:
        def e = refusal(order('1', ',"x":' + '['.repeat(depth) + ']'.repeat(depth)))

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('nesting depth')

        where:
        depth << [33, 1000, 100_000]
    }

    def 'duplicate keys are INVALID_INPUT'() {
        when:
        def e = refusal('{"symbol":"BTC-PERP","side":"buy","qty":"1","qty":"100","dry_run":true}')

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains("Duplicate field 'qty'")
    }

    def 'trailing garbage after the object is INVALID_INPUT (#trailer)'() {
        when:
        def e = refusal(order('1') + trailer)

        then:
        e.code() == ErrorCode.INVALID_INPUT

        where:
        trailer << [' x', '{}', ']', ',', ' {"qty":"100"}', '\u0000']
    }

    def 'a body that is not a JSON object (#body) is INVALID_INPUT'() {
        when:
        def e = refusal(body)

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains(expected)

        where:
        body     || expected
        '[]'     || 'must be a JSON object'
        '"text"' || 'must be a JSON object'
        '42'     || 'must be a JSON object'
        'null'   || 'must be a JSON object'
        '{'      || 'not valid JSON'
        '{a:1}'  || 'not valid JSON'
        "{'symbol':'X'}" || 'not valid JSON'
    }

    def 'an empty body counts as {} and fails on the first required field'() {
        expect:
        refusal('').message == 'symbol is required'
    }

    def 'the record\'s own check surfaces with its message'() {
        expect:
        refusal(order('"0"')).message == 'qty must be greater than 0, got 0'
    }

    def 'a wrong type names the field'() {
        when:
        def e = refusal('{"symbol":"BTC-PERP","side":"buy","qty":"1","dry_run":{"a":1}}')

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message == 'dry_run must be true or false (got an object)'
    }

    def 'enums accept their names in any case but never numbers'() {
        expect:
        venueRequestFor('{"symbol":"BTC-PERP","side":"SELL","qty":"1","dry_run":true}').contains('"side":"sell"')

        when:
        def e = refusal('{"symbol":"BTC-PERP","side":0,"qty":"1","dry_run":true}')

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message == 'side must be one of buy, sell (got 0)'
    }

    def 'a 10 kB value is never echoed back in full (#where)'() {
        given:
        String huge = 'Z' * 10_000

        when:
        def e = refusal(body.replace('HUGE', huge))

        then:
        e.code() == ErrorCode.INVALID_INPUT
        !e.message.contains('Z' * 201)
        !e.suggestedFix().orElse('').contains('Z' * 201)
        e.message.length() <= 300

        where:
        where                | body
        'enum value'         | '{"symbol":"BTC-PERP","side":"HUGE","qty":"1","dry_run":true}'
        'unknown field name' | '{"symbol":"BTC-PERP","side":"buy","qty":"1","dry_run":true,"HUGE":1}'
        'token field'        | '{"symbol":"HUGE","side":"buy","qty":"1","dry_run":true}'
        'decimal string'     | '{"symbol":"BTC-PERP","side":"buy","qty":"HUGE","dry_run":true}'
        'broken JSON'        | '{"symbol":"BTC-PERP","side":"buy","qty":HUGE}'
    }

    def 'bytes that are not UTF-8 are INVALID_INPUT'() {
        given:
        def parser = new InputParser(JsonMappers.create())
        def inputType = new EchoPlugin().tools().find { it.name() == 'get_ticker' }.inputType()
        byte[] body = [0x7B, 0x22, 0x73, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D] as byte[] // {"s":"\xC3(" }

        when:
        parser.parse(body, inputType)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
    }
}
