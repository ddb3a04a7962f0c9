package io.cerbero.mcp.core.trading

import com.fasterxml.jackson.databind.exc.InvalidFormatException
import io.cerbero.mcp.core.json.JsonMappers
import spock.lang.Specification

import java.time.Instant

/** {@link JsonMappers#venue()}: the lenient mapper trading plugins parse venue answers with. */
class VenueJsonMapperSpec extends Specification {
    def json = JsonMappers.venue()

    record Ticker(String symbol, BigDecimal lastPrice, BigDecimal markPrice, Side side) {}

    record Stamped(Instant time) {}

    def 'decimals are exact, from strings or numbers, and keep their scale'() {
        when:
        def t = json.readValue('{"symbol":"BTCUSDT","lastPrice":"65000.10","markPrice":0.1000000000000000055511}', Ticker)

        then:
        t.lastPrice().toPlainString() == '65000.10'
        t.markPrice().toPlainString() == '0.1000000000000000055511'
    }

    def 'unknown fields are ignored, names are the venue\'s (camelCase as sent)'() {
        expect:
        json.readValue('{"symbol":"BTCUSDT","lastPrice":"1","brandNewField":{"x":[1,2]}}', Ticker).symbol() == 'BTCUSDT'
    }

    def 'an empty string is "no value": null for decimals and enums'() {
        when:
        def t = json.readValue('{"symbol":"BTCUSDT","lastPrice":"","markPrice":"  ","side":""}', Ticker)

        then:
        t.lastPrice() == null
        t.markPrice() == null
        t.side() == null
    }

    def 'a string that is not a decimal still fails'() {
        when:
        json.readValue('{"lastPrice":"12abc"}', Ticker)

        then:
        thrown(InvalidFormatException)
    }

    def 'decimals are written plain, never in exponent form'() {
        expect:
        json.writeValueAsString([qty: new BigDecimal('1E+3'), price: 0.00000001G]) == '{"qty":1000,"price":0.00000001}'
    }

    def 'java.time values are understood'() {
        expect:
        json.readValue('{"time":"2025-01-02T10:00:00Z"}', Stamped).time() == Instant.parse('2025-01-02T10:00:00Z')
    }

    def 'each call gives an independent mapper'() {
        expect:
        !JsonMappers.venue().is(JsonMappers.venue())
    }
}
