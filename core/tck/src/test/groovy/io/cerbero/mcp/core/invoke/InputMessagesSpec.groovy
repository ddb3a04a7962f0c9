package io.cerbero.mcp.core.invoke

import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.ExchangePluginContract
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.Specification

import static io.cerbero.mcp.core.spi.Environment.TESTNET

/** Input errors speak the API (field, expected kind, value sent), never Java. */
class InputMessagesSpec extends Specification {

    InputParser parser = new InputParser(JsonMappers.create())

    ToolException refusal(String body) {
        try {
            parser.parse(body.getBytes('UTF-8'), OrderLikeInput)
        } catch (ToolException e) {
            return e
        }
        throw new AssertionError("accepted: ${body.take(100)}")
    }

    static boolean speaksJava(String text) {
        ExchangePluginContract.JAVA_IN_MESSAGES.any { text.contains(it) }
    }

    def 'a wrong #field answers "#expected"'() {
        when:
        def e = refusal(body)

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message == expected

        where:
        field        | body                                          || expected
        'enum'       | '{"symbol":"BTC","side":"long"}'              || 'side must be one of buy, sell (got "long")'
        'enum type'  | '{"symbol":"BTC","side":0}'                   || 'side must be one of buy, sell (got 0)'
        'decimal'    | '{"symbol":"BTC","qty":"abc"}'                || 'qty must be a decimal number (got "abc")'
        'decimal'    | '{"symbol":"BTC","qty":true}'                 || 'qty must be a decimal number (got true)'
        'decimal'    | '{"symbol":"BTC","qty":"1e400"}'              || 'qty must be a decimal number of at most 40 digits, below 1e30 (got "1e400")'
        'integer'    | '{"symbol":"BTC","limit":5.5}'                || 'limit must be a whole number (got 5.5)'
        'integer'    | '{"symbol":"BTC","limit":"five"}'             || 'limit must be a whole number (got "five")'
        'boolean'    | '{"symbol":"BTC","dry_run":{"a":1}}'          || 'dry_run must be true or false (got an object)'
        'boolean'    | '{"symbol":"BTC","dry_run":"yes"}'            || 'dry_run must be true or false (got "yes")'
        'string'     | '{"symbol":["BTC"]}'                          || 'symbol must be a string (got an array)'
        'timestamp'  | '{"symbol":"BTC","since":"yesterday"}'        || 'since must be an ISO-8601 timestamp such as 2025-01-02T10:00:00Z (got "yesterday")'
        'array'      | '{"symbol":"BTC","tags":"a"}'                 || 'tags must be an array (got "a")'
        'nested'     | '{"symbol":"BTC","leg":{"side":"up"}}'        || 'leg.side must be one of buy, sell (got "up")'
        'nested obj' | '{"symbol":"BTC","leg":5}'                    || 'leg must be an object (got 5)'
        'list item'  | '{"symbol":"BTC","tags":[{"x":1}]}'           || 'tags[0] must be a string (got an object)'
    }

    def 'an unknown field is named first, before the record\'s own check of a missing field'() {
        when:
        def e = refusal('{"sym":"BTCUSDT"}')

        then:
        e.message == "unknown field 'sym'"
        e.suggestedFix().get() == 'allowed fields: dry_run, leg, limit, qty, side, since, symbol, tags'
    }

    def 'an unknown field is named first even beside a wrong value'() {
        expect:
        refusal('{"symbol":"BTC","side":"long","colour":"red"}').message == "unknown field 'colour'"
    }

    def 'an alias counts as a known field: a wrong value beside it is told as such'() {
        when:
        parser.parse('{"instrument":"BTC-PERPETUAL","side":"long"}'.getBytes('UTF-8'), AliasedInput)

        then:
        def e = thrown(ToolException)
        e.message == 'side must be one of buy, sell (got "long")'

        when:
        parser.parse('{"instrument":"BTC-PERPETUAL"}'.getBytes('UTF-8'), AliasedInput)

        then:
        def missing = thrown(ToolException)
        missing.message == 'side is required'
    }

    def 'without unknown fields, the record\'s own check still speaks'() {
        expect:
        refusal('{"side":"buy"}').message == 'symbol is required'
    }

    def 'parser limits and broken JSON are told without naming Jackson (#body)'() {
        when:
        def e = refusal(body)

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message.startsWith(start)
        !speaksJava(e.message)

        where:
        body                                                  || start
        '{"symbol":"BTC","qty":NaN}'                          || 'request body is not valid JSON'
        '{"symbol":' + '['.repeat(40) + ']'.repeat(40) + '}'  || 'request body exceeds parser limits: Document nesting depth (33) exceeds the maximum allowed (32)'
        '{"symbol":"BTC","qty":' + '1' * 70 + '}'             || 'request body exceeds parser limits'
        '{"symbol":"BTC","limit":99999999999}'                || 'limit must be a whole number in range (got 99999999999)'
    }

    def 'wrong values of every JSON type in every field of the echo tools are answered without Java names'() {
        given:
        def h = new PluginHarness(new EchoPlugin(), [ECHO_URL_TESTNET: 'http://127.0.0.1:9', ECHO_URL_LIVE: 'http://127.0.0.2:9'])
        List<String> javaSpeak = []
        int refused = 0

        when:
        new EchoPlugin().tools().each { tool ->
            wrongValues(tool).each { String body ->
                try {
                    h.call(TESTNET, 'echo', tool.name(), body)
                } catch (ToolException e) {
                    refused++
                    String said = e.message + ' ' + e.suggestedFix().orElse('')
                    if (speaksJava(said)) {
                        javaSpeak << "${tool.name()} ${body.take(60)} -> ${said}".toString()
                    }
                }
            }
        }

        then: 'the kit\'s own hostile bodies get the same check in every plugin\'s contract spec'
        refused > 40
        javaSpeak.isEmpty()

        cleanup:
        h?.close()
    }

    /** Every example field replaced in turn by a value of each wrong JSON type. */
    static List<String> wrongValues(tool) {
        def json = JsonMappers.create()
        def example = json.valueToTree(tool.example())
        List<String> bodies = []
        example.fieldNames().toList().each { String field ->
            ['"long"', '"abc"', 'true', '5.5', '[1]', '{"a":1}', '-1', '"2025-13-45"', '99999999999999999999'].each { value ->
                def copy = example.deepCopy()
                copy.set(field, json.readTree(value))
                bodies << copy.toString()
            }
        }
        bodies
    }
}
