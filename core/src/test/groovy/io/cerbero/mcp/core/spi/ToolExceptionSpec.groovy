package io.cerbero.mcp.core.spi

import spock.lang.Specification

class ToolExceptionSpec extends Specification {

    def 'a detail with a null value is accepted and left out of the details'() {
        when:
        def e = ToolException.upstreamRejected('order refused').withDetail('venue_code', 10001)
                .withDetail('venue_message', null)

        then:
        e.details() == [venue_code: 10001]
    }

    def 'a null value removes an earlier value of the same key'() {
        expect:
        ToolException.invalidInput('bad').withDetail('rounded_qty', 1).withDetail('rounded_qty', null).details() == [:]
    }

    def 'details keep the order they were added in, and the original is never changed'() {
        given:
        def first = ToolException.policyRejected('too much').withDetail('max_leverage', 3)

        when:
        def second = first.withDetail('requested_leverage', 5)

        then:
        second.details().keySet() as List == ['max_leverage', 'requested_leverage']
        first.details() == [max_leverage: 3]
    }

    def 'a null detail key is a programming error'() {
        when:
        ToolException.invalidInput('bad').withDetail(null, 1)

        then:
        thrown(NullPointerException)
    }
}
