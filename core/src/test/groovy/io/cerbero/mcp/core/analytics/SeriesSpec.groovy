package io.cerbero.mcp.core.analytics

import spock.lang.Specification

/** A series knows the input bar of each value. */
class SeriesSpec extends Specification {

    def 'values belong to bars firstBar, firstBar + 1, ...: bars 3..5 here'() {
        when:
        def s = new Series(3, [10d, 11d, 12d] as double[])

        then:
        s.lastBar() == 5
        s.size() == 3
        s.latest() == 12d
        (3..5).collect { s.at(it).asDouble } == [10d, 11d, 12d]
        !s.at(2).present
        !s.at(6).present
    }

    def 'two series are equal when they cover the same bars with the same values'() {
        expect:
        new Series(1, [1d, 2d] as double[]) == new Series(1, [1d, 2d] as double[])
        new Series(1, [1d, 2d] as double[]).hashCode() == new Series(1, [1d, 2d] as double[]).hashCode()
        new Series(1, [1d, 2d] as double[]) != new Series(0, [1d, 2d] as double[])
        new Series(1, [1d, 2d] as double[]) != new Series(1, [1d, 3d] as double[])
    }

    def 'a series without values or before bar 0 is a programming error: #label'() {
        when:
        new Series(first, values as double[])

        then:
        thrown(IllegalArgumentException)

        where:
        label           | first | values
        'no values'     | 0     | []
        'negative bar'  | -1    | [1d]
    }
}
