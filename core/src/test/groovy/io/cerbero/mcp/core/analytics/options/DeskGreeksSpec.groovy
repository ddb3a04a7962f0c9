package io.cerbero.mcp.core.analytics.options

import spock.lang.Specification

/**
 * Desk units (tool outputs): vega and vanna per volatility point, theta and charm per calendar day. Checked
 * against Hull's worked example and, independently of the closed forms, against central differences: the change
 * in price (or delta) across one volatility point, or across one calendar day, centred on today.
 */
class DeskGreeksSpec extends Specification {

    static final Underlying MARKET = new Underlying(49, 0.05, 0)
    static final double DAY = 1 / 365d

    def "Hull's greeks example in desk units: vega 0.121 per vol point, theta -0.0118 per day"() {
        when:
        def g = BlackScholes.greeks(OptionContract.call(50, 0.3846), MARKET, 0.2)
        def desk = g.toDeskUnits()

        then:
        Math.abs(desk.vega() - 0.121) < 0.0005
        Math.abs(desk.theta() - (-4.31 / 365)) < 0.00005
        desk.vega() == g.vega() / 100
        desk.theta() == g.theta() / 365
        desk.vanna() == g.vanna() / 100
        desk.charm() == g.charm() / 365
        [desk.price(), desk.delta(), desk.gamma()] == [g.price(), g.delta(), g.gamma()]
    }

    def 'desk vega, theta, vanna and charm are the changes across one vol point and one calendar day: #label'() {
        given:
        def desk = BlackScholes.greeks(c, MARKET, 0.2).toDeskUnits()
        def atVol = { double vol -> BlackScholes.greeks(c, MARKET, vol) }
        def afterDays = { double days -> BlackScholes.greeks(new OptionContract(c.type(), c.strike(), c.yearsToExpiry() - days * DAY), MARKET, 0.2) }

        expect: 'central differences, to 1e-3 relative'
        close(atVol(0.205).price() - atVol(0.195).price(), desk.vega())
        close(afterDays(0.5).price() - afterDays(-0.5).price(), desk.theta())
        close(atVol(0.205).delta() - atVol(0.195).delta(), desk.vanna())
        close(afterDays(0.5).delta() - afterDays(-0.5).delta(), desk.charm())

        where:
        label            | c
        'call near ATM'  | OptionContract.call(50, 0.3846)
        'put OTM'        | OptionContract.put(45, 0.25)
    }

    static boolean close(double difference, double greek) {
        Math.abs(difference - greek) <= 1e-3 * Math.abs(greek)
    }
}
