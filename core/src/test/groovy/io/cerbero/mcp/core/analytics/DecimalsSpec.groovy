package io.cerbero.mcp.core.analytics

import spock.lang.Specification

/** Analytics doubles become output decimals with 12 significant digits, plain (never 1E+2), and never from NaN. */
class DecimalsSpec extends Specification {

    def '#value becomes #expected'() {
        expect:
        Decimals.of(value).toString() == expected

        where:
        value                  | expected
        0.1d + 0.2d            | '0.3'
        96359.71234567891d     | '96359.7123457'
        100d                   | '100'
        1.0e15d                | '1000000000000000'
        -0.000123456789012345d | '-0.000123456789012'
        0d                     | '0'
    }

    def 'a non-finite value is refused, never turned into a number: #value'() {
        when:
        Decimals.of(value)

        then:
        thrown(AnalyticsInputException)

        where:
        value << [Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY]
    }
}
