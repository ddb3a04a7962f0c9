package io.cerbero.mcp.core.json

import com.fasterxml.jackson.core.JsonProcessingException
import com.fasterxml.jackson.databind.ObjectMapper
import spock.lang.Shared
import spock.lang.Specification

import java.time.Instant

class JsonMappersSpec extends Specification {

    @Shared ObjectMapper json = JsonMappers.create()

    def 'a decimal read from #text keeps its exact value and scale'() {
        when:
        BigDecimal value = json.readValue("""{"amount":${text}}""", Amount).amount()

        then:
        value.toPlainString() == expected
        value.scale() == new BigDecimal(expected).scale()

        where:
        text                     || expected
        '0.1'                    || '0.1'
        '"0.1"'                  || '0.1'
        '0.30000000000000004'    || '0.30000000000000004'
        '"0.30000000000000004"'  || '0.30000000000000004'
        '0.10'                   || '0.10'
        '"1.2300"'               || '1.2300'
        '100'                    || '100'
        '-0.000001'              || '-0.000001'
        '"1234567890.123456789012345678901234567890"' || '1234567890.123456789012345678901234567890'
    }

    def 'a JSON tree keeps decimals as BigDecimal, never double'() {
        when:
        def node = json.readTree('{"p":0.30000000000000004,"q":0.10}')

        then:
        node.get('p').isBigDecimal()
        node.get('p').decimalValue() == new BigDecimal('0.30000000000000004')
        node.get('q').decimalValue().toPlainString() == '0.10'
    }

    def 'the decimal #text is refused'() {
        when:
        json.readValue("""{"amount":${text}}""", Amount)

        then:
        thrown(JsonProcessingException)

        where:
        text << ['1e999999999', '"1e999999999"', '"1e400"', '1e31', '1e-999999999', '1' * 41, '"' + '1' * 50 + '"',
                 'NaN', '"NaN"', 'Infinity', '"Infinity"', '-Infinity', '"abc"', 'true', '[1]', '1' * 65]
    }

    def 'unknown properties, trailing tokens, duplicate keys and deep nesting are refused (#body)'() {
        when:
        json.readValue(body, Amount)

        then:
        thrown(JsonProcessingException)

        where:
        body << ['{"amount":1,"other":2}', '{"amount":1} x', '{"amount":1}{}', '{"amount":1,"amount":2}',
                 '{"amount":1,"n":' + '['.repeat(40) + ']'.repeat(40) + '}']
    }

    def 'duplicate keys and trailing tokens are refused when reading a tree too'() {
        when:
        json.readTree(body)

        then:
        thrown(JsonProcessingException)

        where:
        body << ['{"a":1,"a":2}', '{"a":1} {"a":2}', '[' * 33 + ']' * 33]
    }

    def 'nesting up to 32 levels is fine'() {
        expect:
        json.readTree('[' * 32 + ']' * 32).isArray()
    }

    def 'writing uses snake_case, plain decimals, ISO-8601 instants and omits nulls'() {
        when:
        def text = json.writeValueAsString(new Written(true, new BigDecimal('1E+3'), Instant.parse('2025-01-02T10:00:00Z'), null))

        then:
        text == '{"reduce_only":true,"max_qty":1000,"placed_at":"2025-01-02T10:00:00Z"}'
    }

    def 'reading uses snake_case names, and camelCase names are unknown'() {
        expect:
        json.readValue('{"reduce_only":true,"max_qty":"1.50"}', Written).maxQty() == new BigDecimal('1.50')

        when:
        json.readValue('{"reduceOnly":true}', Written)

        then:
        thrown(JsonProcessingException)
    }
}

record Amount(BigDecimal amount) {}

record Written(Boolean reduceOnly, BigDecimal maxQty, Instant placedAt, String note) {}
