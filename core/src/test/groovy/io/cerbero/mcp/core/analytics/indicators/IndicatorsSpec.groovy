package io.cerbero.mcp.core.analytics.indicators

import io.cerbero.mcp.core.analytics.AnalyticsInputException
import spock.lang.Shared
import spock.lang.Specification

import static io.cerbero.mcp.core.analytics.Reference.*

/**
 * References: indicators.json, computed by generate_reference.py with pandas 1.5 (rolling mean/std,
 * ewm(adjust=False) seeded with the SMA of the first period; Wilder smoothing = ewm(alpha = 1/period)).
 * Tolerance 1e-9 relative (both sides are double precision recursions; only summation order differs).
 */
class IndicatorsSpec extends Specification {

    static final double TOL = 1e-9

    @Shared Map ref = load('indicators.json')
    @Shared double[] closes = doubles(ref.closes)
    @Shared double[] highs = doubles(ref.highs)
    @Shared double[] lows = doubles(ref.lows)

    def 'SMA(20) matches pandas rolling mean'() {
        expect:
        close(Sma.compute(closes, 20), doubles(ref.sma20), TOL)
        Sma.compute(closes, 20).length == closes.length - 19
    }

    def 'EMA(10) matches an SMA-seeded pandas ewm'() {
        expect:
        close(Ema.compute(closes, 10), doubles(ref.ema10), TOL)
    }

    def 'RSI(14) matches the Wilder-smoothed pandas reference'() {
        expect:
        close(Rsi.compute(closes, 14), doubles(ref.rsi14), TOL)
        Rsi.compute(closes, 14).length == closes.length - 14
    }

    def 'MACD(12,26,9) line, signal and histogram match pandas'() {
        when:
        def m = Macd.compute(closes)

        then:
        close(m.macd(), doubles(ref.macd), TOL)
        close(m.signal(), doubles(ref.macdSignal), TOL)
        close(m.histogram(), doubles(ref.macdHist), TOL)
        m.macd().length == closes.length - 26 - 9 + 2
    }

    def 'ATR(14) matches the Wilder-smoothed true range'() {
        expect:
        close(Atr.compute(highs, lows, closes, 14), doubles(ref.atr14), TOL)
    }

    def 'ADX(14) with +DI and -DI matches pandas'() {
        when:
        def a = Adx.compute(highs, lows, closes, 14)

        then:
        close(a.adx(), doubles(ref.adx14), TOL)
        close(a.plusDi(), doubles(ref.plusDi14), TOL)
        close(a.minusDi(), doubles(ref.minusDi14), TOL)
        a.adx().length == closes.length - 2 * 14 + 1
    }

    def 'Bollinger(20, 2) uses the population standard deviation'() {
        when:
        def b = Bollinger.compute(closes)

        then:
        close(b.upper(), doubles(ref.bbUpper), TOL)
        close(b.middle(), doubles(ref.bbMiddle), TOL)
        close(b.lower(), doubles(ref.bbLower), TOL)
    }

    def 'RSI of a rising series is 100 and of a falling series is 0'() {
        expect:
        Rsi.compute((1..30).collect { it as double } as double[], 14).every { it == 100d }
        Rsi.compute((30..1).collect { it as double } as double[], 14).every { it == 0d }
    }

    def 'SMA and EMA of a constant series are that constant and Bollinger bands collapse'() {
        given:
        double[] flat = [5d] * 40

        expect:
        Sma.compute(flat, 10).every { it == 5d }
        Ema.compute(flat, 10).every { Math.abs(it - 5d) < 1e-12 }
        Bollinger.compute(flat).upper().every { Math.abs(it - 5d) < 1e-12 }
    }

    def 'a too-short series is rejected with a message saying how many values are needed'() {
        when:
        Rsi.compute([1d, 2d, 3d] as double[], 14)

        then:
        def e = thrown(AnalyticsInputException)
        e.parameter() == 'closes'
        e.message == 'closes: need at least 15 values for RSI(14), got 3'
    }

    def 'empty, NaN and infinite inputs are rejected: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label                 | call
        'SMA empty'           | { -> Sma.compute(new double[0], 5) }
        'EMA NaN'             | { -> Ema.compute([1d, Double.NaN, 3d] as double[], 2) }
        'MACD infinite'       | { -> Macd.compute(([1d] * 40 + [Double.POSITIVE_INFINITY]) as double[]) }
        'MACD slow <= fast'   | { -> Macd.compute(([1d] * 40) as double[], 26, 12, 9) }
        'RSI constant'        | { -> Rsi.compute(([7d] * 30) as double[], 14) }
        'RSI null'            | { -> Rsi.compute(null, 14) }
        'period zero'         | { -> Sma.compute([1d, 2d] as double[], 0) }
        'ATR zero price'      | { -> Atr.compute([2d, 2d, 0d] as double[], [1d, 1d, 0d] as double[], [1.5d, 1.5d, 0d] as double[], 2) }
        'ATR negative price'  | { -> Atr.compute([2d, 2d, 2d] as double[], [-1d, 1d, 1d] as double[], [1.5d, 1.5d, 1.5d] as double[], 2) }
        'ATR low above high'  | { -> Atr.compute([2d, 2d, 2d] as double[], [3d, 1d, 1d] as double[], [1.5d, 1.5d, 1.5d] as double[], 2) }
        'ATR length mismatch' | { -> Atr.compute([2d, 2d, 2d] as double[], [1d, 1d] as double[], [1.5d, 1.5d, 1.5d] as double[], 1) }
        'ADX constant bars'   | { -> Adx.compute(([2d] * 30) as double[], ([2d] * 30) as double[], ([2d] * 30) as double[], 14) }
        'Bollinger k NaN'     | { -> Bollinger.compute(([1d] * 30) as double[], 20, Double.NaN) }
    }
}
