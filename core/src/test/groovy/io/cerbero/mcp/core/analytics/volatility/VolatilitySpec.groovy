package io.cerbero.mcp.core.analytics.volatility

import io.cerbero.mcp.core.analytics.AnalyticsInputException
import spock.lang.Shared
import spock.lang.Specification

import static io.cerbero.mcp.core.analytics.Reference.*

/**
 * References: volatility.json (generate_reference.py): numpy std(ddof=1) and percentile (linear),
 * pandas rolling std — tolerance 1e-10 relative. GARCH(1,1): scipy.optimize.minimize (SLSQP, four
 * starts) of the same Gaussian log-likelihood on 2,000 simulated returns; tolerance: log-likelihood
 * within 1e-3 absolute (ours may only be equal or better), alpha/beta within 0.01 absolute, omega within 10%
 * relative (the likelihood is flat along the omega–beta ridge), forecasts within 2% relative.
 */
class VolatilitySpec extends Specification {

    @Shared Map ref = load('volatility.json')

    def 'close-to-close and Parkinson volatility match numpy'() {
        expect:
        close(RealizedVolatility.closeToClose(doubles(ref.closes), 365), ref.closeToClose365 as double, 1e-12)
        close(RealizedVolatility.parkinson(doubles(ref.highs), doubles(ref.lows), 365), ref.parkinson365 as double, 1e-12)
    }

    def 'the volatility cone matches pandas rolling std and numpy percentiles'() {
        when:
        def rows = VolatilityCone.compute(doubles(ref.closes), ref.coneWindows as int[], doubles(ref.conePercentiles), 365)

        then:
        rows.size() == 3
        [rows, ref.cone].transpose().every { ConeRow row, Map exp ->
            row.window() == exp.window &&
                    close(row.min(), exp.min as double, 1e-10) &&
                    close(row.max(), exp.max as double, 1e-10) &&
                    close(row.current(), exp.current as double, 1e-10) &&
                    close(row.percentiles(), doubles(exp.percentiles), 1e-10)
        }
    }

    def 'GARCH(1,1) maximum likelihood agrees with scipy on 2,000 returns'() {
        given:
        Map g = ref.garch

        when:
        def fit = Garch11.fit(doubles(ref.garchReturns), 10)

        then:
        fit.converged()
        fit.logLikelihood() >= (g.logLikelihood as double) - 1e-3
        Math.abs(fit.logLikelihood() - (g.logLikelihood as double)) < 0.05
        Math.abs(fit.alpha() - (g.alpha as double)) < 0.01
        Math.abs(fit.beta() - (g.beta as double)) < 0.01
        Math.abs(fit.omega() / (g.omega as double) - 1) < 0.10
        Math.abs(fit.mean() - (g.mean as double)) < 1e-15
        fit.persistence() < 1
        [fit.forecastVariance() as List, g.forecast10].transpose().every { a, e -> Math.abs(a / e - 1) < 0.02 }
    }

    def 'GARCH likelihood at the scipy parameters equals the scipy value (same objective)'() {
        given:
        double[] r = doubles(ref.garchReturns)
        double m = r.sum() / r.length
        double[] e2 = r.collect { (it - m) * (it - m) } as double[]
        double v0 = e2.sum() / e2.length

        expect:
        Math.abs(Garch11.logLikelihood(e2, v0, ref.garch.omega as double, ref.garch.alpha as double, ref.garch.beta as double)
                - (ref.garch.logLikelihood as double)) < 1e-6
    }

    def 'IV rank and percentile over the lookback'() {
        when:
        def r = IvRank.compute(doubles(ref.ivHistory), ref.ivLookback as int)

        then:
        close(r.rank(), ref.ivRank as double, 1e-12)
        close(r.percentile(), ref.ivPercentile as double, 1e-12)
    }

    def 'IV rank of a hand-checkable window'() {
        when: 'window 0.4, 0.6, 0.5: min 0.4, max 0.6, current 0.5 -> rank 50; one of two earlier values below -> 50'
        def r = IvRank.compute([0.9d, 0.4d, 0.6d, 0.5d] as double[], 3)

        then:
        Math.abs(r.rank() - 50) < 1e-9
        r.percentile() == 50d
    }

    def 'volatility functions reject: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label                    | call
        'too few closes'         | { -> RealizedVolatility.closeToClose([1d, 2d] as double[], 365) }
        'zero price'             | { -> RealizedVolatility.closeToClose([1d, 0d, 2d] as double[], 365) }
        'negative price'         | { -> RealizedVolatility.closeToClose([1d, -2d, 2d] as double[], 365) }
        'NaN high'               | { -> RealizedVolatility.parkinson([Double.NaN] as double[], [1d] as double[], 365) }
        'zero periods per year'  | { -> RealizedVolatility.closeToClose([1d, 2d, 3d] as double[], 0) }
        'cone window too long'   | { -> VolatilityCone.compute([1d, 2d, 3d] as double[], [10] as int[], [50d] as double[], 365) }
        'cone percentile 0'      | { -> VolatilityCone.compute((1..50).collect { it as double } as double[], [10] as int[], [0d] as double[], 365) }
        'GARCH constant returns' | { -> Garch11.fit(([0.01d] * 100) as double[], 1) }
        'GARCH too short'        | { -> Garch11.fit([0.01d, -0.01d] as double[], 1) }
        'GARCH infinite'         | { -> Garch11.fit((([0.01d, -0.02d] * 20) + [Double.POSITIVE_INFINITY]) as double[], 1) }
        'GARCH zero steps'       | { -> Garch11.fit(([0.01d, -0.02d] * 20) as double[], 0) }
        'IV rank flat window'    | { -> IvRank.compute([0.5d, 0.5d, 0.5d] as double[], 3) }
        'IV rank empty'          | { -> IvRank.compute(new double[0], 2) }
    }
}
