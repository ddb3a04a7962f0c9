package io.cerbero.mcp.core.analytics.stats

import io.cerbero.mcp.core.analytics.AnalyticsInputException
import spock.lang.Shared
import spock.lang.Specification

import static io.cerbero.mcp.core.analytics.Reference.*

/**
 * References: stats.json (generate_reference.py) — numpy.polyfit for the Hurst slope, statsmodels
 * 0.13.5 OLS for the half-life regression, adfuller(autolag='AIC') and coint() for the ADF and
 * Engle–Granger statistics, MacKinnon p-values and critical values. Tolerance 1e-8 relative on statistics
 * and p-values (different QR/least-squares routines), exact lag and nobs.
 */
class StatsSpec extends Specification {

    @Shared Map ref = load('stats.json')

    def 'Hurst exponent of a random walk is about 0.5 and matches numpy'() {
        expect:
        close(Hurst.exponent(doubles(ref.randomWalk), 20), ref.hurstRw20 as double, 1e-10)
        close(Hurst.exponent(doubles(ref.ou), 20), ref.hurstOu20 as double, 1e-10)
        Math.abs(Hurst.exponent(doubles(ref.randomWalk), 20) - 0.5) < 0.1
    }

    def 'half-life of an Ornstein-Uhlenbeck series matches statsmodels OLS'() {
        when:
        def h = HalfLife.of(doubles(ref.ou))

        then:
        close(h.slope(), ref.halfLife.slope as double, 1e-10)
        close(h.intercept(), ref.halfLife.intercept as double, 1e-10)
        close(h.halfLife(), ref.halfLife.halfLife as double, 1e-10)
    }

    def 'ADF with constant matches statsmodels adfuller: #key'() {
        when:
        def r = Adf.test(doubles(ref[series]), trend)
        Map e = ref[key]

        then:
        r.usedLag() == e.lag
        r.nobs() == e.nobs
        close(r.statistic(), e.stat as double, 1e-8)
        close(r.pValue(), e.p as double, 1e-8)
        close(r.criticalValues(), doubles(e.crit), 1e-10)

        where:
        key             | series         | trend
        'adfRwConstant' | 'randomWalk'   | MacKinnon.Trend.CONSTANT
        'adfOuConstant' | 'ou'           | MacKinnon.Trend.CONSTANT
        'adfArConstant' | 'arRandomWalk' | MacKinnon.Trend.CONSTANT
    }

    def 'ADF without constant matches statsmodels on the demeaned OU series'() {
        given:
        double[] x = doubles(ref.ou).collect { it - 5.0d } as double[]

        when:
        def r = Adf.test(x, MacKinnon.Trend.NONE)

        then:
        close(r.statistic(), ref.adfOuNone.stat as double, 1e-8)
        close(r.pValue(), ref.adfOuNone.p as double, 1e-8)
        close(r.criticalValues(), doubles(ref.adfOuNone.crit), 1e-10)
    }

    def 'Engle-Granger finds the cointegrated pair and its hedge ratio'() {
        when:
        def c = EngleGranger.test(doubles(ref.y), doubles(ref.x))

        then:
        close(c.hedgeRatio(), ref.cointYX.hedgeRatio as double, 1e-10)
        close(c.intercept(), ref.cointYX.intercept as double, 1e-10)
        close(c.statistic(), ref.cointYX.stat as double, 1e-8)
        c.pValue() == (ref.cointYX.p as double)
        close(c.criticalValues(), doubles(ref.cointYX.crit), 1e-10)
        c.statistic() < c.criticalValues()[0]
    }

    def 'Engle-Granger does not reject for independent random walks'() {
        when:
        def c = EngleGranger.test(doubles(ref.z), doubles(ref.x))

        then:
        close(c.statistic(), ref.cointZX.stat as double, 1e-8)
        close(c.pValue(), ref.cointZX.p as double, 1e-8)
        c.pValue() > 0.1
    }

    def 'MacKinnon p-value is clipped outside the tabulated range'() {
        expect:
        MacKinnon.pValue(5, MacKinnon.Trend.CONSTANT, 1) == 1d
        MacKinnon.pValue(-30, MacKinnon.Trend.CONSTANT, 2) == 0d
    }

    def 'statistics reject: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label                     | call
        'Hurst constant'          | { -> Hurst.exponent(([3d] * 50) as double[], 10) }
        'Hurst too short'         | { -> Hurst.exponent([1d, 2d, 3d] as double[], 10) }
        'Hurst NaN'               | { -> Hurst.exponent(([1d, 2d] * 20 + [Double.NaN]) as double[], 10) }
        'half-life trending'      | { -> HalfLife.of((1..50).collect { it * it as double } as double[]) }
        'half-life constant'      | { -> HalfLife.of(([1d] * 10) as double[]) }
        'half-life empty'         | { -> HalfLife.of(new double[0]) }
        'ADF constant'            | { -> Adf.test(([1d] * 50) as double[], MacKinnon.Trend.CONSTANT) }
        'ADF too many lags'       | { -> Adf.test((1..50).collect { Math.sin(it) } as double[], MacKinnon.Trend.CONSTANT, 40) }
        'EG length mismatch'      | { -> EngleGranger.test(new double[30], new double[31]) }
        'EG constant x'           | { -> EngleGranger.test((1..30).collect { Math.sin(it) } as double[], ([1d] * 30) as double[]) }
        'EG perfectly collinear'  | { -> EngleGranger.test((1..30).collect { 2 * Math.sin(it) + 1 } as double[], (1..30).collect { Math.sin(it) } as double[]) }
        'EG infinite'             | { -> EngleGranger.test(([1d, 2d] * 15 + [Double.NEGATIVE_INFINITY]) as double[], ([1d, 3d] * 15 + [1d]) as double[]) }
        'MacKinnon N out of range' | { -> MacKinnon.pValue(-3, MacKinnon.Trend.CONSTANT, 7) }
    }
}
