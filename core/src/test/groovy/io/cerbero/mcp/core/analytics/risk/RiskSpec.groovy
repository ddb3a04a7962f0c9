package io.cerbero.mcp.core.analytics.risk

import io.cerbero.mcp.core.analytics.AnalyticsInputException
import spock.lang.Shared
import spock.lang.Specification

import static io.cerbero.mcp.core.analytics.Reference.*

/**
 * References: risk.json (generate_reference.py): numpy percentile (linear) and tail mean, scipy.stats.norm
 * ppf/pdf, pandas rolling mean/std(ddof=1). Tolerance 1e-10 relative.
 */
class RiskSpec extends Specification {

    @Shared Map ref = load('risk.json')

    def 'historical VaR and CVaR at 95% match numpy'() {
        when:
        def r = ValueAtRisk.historical(doubles(ref.returns), ref.confidence as double)

        then:
        close(r.valueAtRisk(), ref.historicalVar as double, 1e-10)
        close(r.conditionalValueAtRisk(), ref.historicalCvar as double, 1e-10)
        r.conditionalValueAtRisk() >= r.valueAtRisk()
    }

    def 'parametric VaR and CVaR at 95% match scipy'() {
        when:
        def r = ValueAtRisk.parametric(doubles(ref.returns), ref.confidence as double)

        then:
        close(r.valueAtRisk(), ref.parametricVar as double, 1e-10)
        close(r.conditionalValueAtRisk(), ref.parametricCvar as double, 1e-10)
    }

    def 'rolling 30-period Sharpe matches pandas'() {
        expect:
        close(RollingSharpe.compute(doubles(ref.returns), 30, 365, 0).values(), doubles(ref.sharpe30), 1e-10)
    }

    def 'the rolling Sharpe says its first value belongs to return 29, the end of the first 30-return window'() {
        when:
        def s = RollingSharpe.compute(doubles(ref.returns), 30, 365, 0)

        then:
        s.firstBar() == 29
        s.lastBar() == doubles(ref.returns).length - 1
    }

    def 'risk functions reject: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label                  | call
        'confidence 1'         | { -> ValueAtRisk.historical([0.1d, 0.2d] as double[], 1) }
        'confidence NaN'       | { -> ValueAtRisk.parametric([0.1d, 0.2d] as double[], Double.NaN) }
        'empty returns'        | { -> ValueAtRisk.historical(new double[0], 0.95) }
        'NaN return'           | { -> ValueAtRisk.parametric([0.1d, Double.NaN] as double[], 0.95) }
        'Sharpe flat window'   | { -> RollingSharpe.compute(([0.01d] * 40) as double[], 30, 365, 0) }
        'Sharpe short'         | { -> RollingSharpe.compute([0.01d, 0.02d] as double[], 30, 365, 0) }
        'Sharpe infinite'      | { -> RollingSharpe.compute([0.01d, Double.POSITIVE_INFINITY, 0.0d] as double[], 2, 365, 0) }
    }
}
