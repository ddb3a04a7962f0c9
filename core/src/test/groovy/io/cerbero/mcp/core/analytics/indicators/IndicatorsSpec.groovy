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
        close(Sma.compute(closes, 20).values(), doubles(ref.sma20), TOL)
        Sma.compute(closes, 20).size() == closes.length - 19
    }

    def 'EMA(10) matches an SMA-seeded pandas ewm'() {
        expect:
        close(Ema.compute(closes, 10).values(), doubles(ref.ema10), TOL)
    }

    def 'RSI(14) matches the Wilder-smoothed pandas reference'() {
        expect:
        close(Rsi.compute(closes, 14).values(), doubles(ref.rsi14), TOL)
        Rsi.compute(closes, 14).size() == closes.length - 14
    }

    def 'MACD(12,26,9) line, signal and histogram match pandas'() {
        when:
        def m = Macd.compute(closes)

        then:
        close(m.macd().values(), doubles(ref.macd), TOL)
        close(m.signal().values(), doubles(ref.macdSignal), TOL)
        close(m.histogram().values(), doubles(ref.macdHist), TOL)
        m.macd().size() == closes.length - 26 - 9 + 2
    }

    def 'ATR(14) matches the Wilder-smoothed true range'() {
        expect:
        close(Atr.compute(highs, lows, closes, 14).values(), doubles(ref.atr14), TOL)
    }

    def 'ADX(14) with +DI and -DI matches pandas'() {
        when:
        def a = Adx.compute(highs, lows, closes, 14)

        then:
        close(a.adx().values(), doubles(ref.adx14), TOL)
        close(a.plusDi().values(), doubles(ref.plusDi14), TOL)
        close(a.minusDi().values(), doubles(ref.minusDi14), TOL)
        a.adx().size() == closes.length - 2 * 14 + 1
    }

    def 'Bollinger(20, 2) uses the population standard deviation'() {
        when:
        def b = Bollinger.compute(closes)

        then:
        close(b.upper().values(), doubles(ref.bbUpper), TOL)
        close(b.middle().values(), doubles(ref.bbMiddle), TOL)
        close(b.lower().values(), doubles(ref.bbLower), TOL)
    }

    def 'each series says which input bar its first value belongs to, and the last value belongs to the last bar: #name'() {
        expect:
        series.firstBar() == firstBar
        series.lastBar() == closes.length - 1
        series.size() == closes.length - firstBar
        series.latest() == series.values()[series.size() - 1]
        series.at(firstBar).asDouble == series.values()[0]
        !series.at(firstBar - 1).present

        where:
        name                 | firstBar | series
        'SMA(20)'            | 19       | Sma.compute(closes, 20)
        'EMA(10)'            | 9        | Ema.compute(closes, 10)
        'RSI(14)'            | 14       | Rsi.compute(closes, 14)
        'ATR(14)'            | 14       | Atr.compute(highs, lows, closes, 14)
        'MACD line'          | 33       | Macd.compute(closes).macd()
        'MACD signal'        | 33       | Macd.compute(closes).signal()
        'MACD histogram'     | 33       | Macd.compute(closes).histogram()
        'ADX(14)'            | 27       | Adx.compute(highs, lows, closes, 14).adx()
        '+DI(14)'            | 27       | Adx.compute(highs, lows, closes, 14).plusDi()
        '-DI(14)'            | 27       | Adx.compute(highs, lows, closes, 14).minusDi()
        'Bollinger upper'    | 19       | Bollinger.compute(closes).upper()
        'Bollinger middle'   | 19       | Bollinger.compute(closes).middle()
        'Bollinger lower'    | 19       | Bollinger.compute(closes).lower()
    }

    def 'at(bar) reads the value of an input bar: SMA(3) of 1..5 is 2 at bar 2 and 4 at bar 4, nothing in the warm-up or past the end'() {
        when:
        def sma = Sma.compute([1d, 2d, 3d, 4d, 5d] as double[], 3)

        then:
        sma.at(2).asDouble == 2d
        sma.at(3).asDouble == 3d
        sma.at(4).asDouble == 4d
        sma.latest() == 4d
        !sma.at(1).present
        !sma.at(5).present
        !sma.at(-1).present
    }

    def 'the EMA is seeded with the SMA of its first period: EMA(3) of 1, 2, 3, 4, 5 is 2 at bar 2, then alpha 1/2'() {
        expect:
        Ema.compute([1d, 2d, 3d, 4d, 5d] as double[], 3).values() == [2d, 3d, 4d] as double[]
    }

    def 'MACD seeds each EMA from the first close (the fast one at bar fast-1, not at the slow one\'s first bar as TA-Lib does) and the signal with the SMA of the first MACD values'() {
        given: 'closes 1, 2, 4, 8, 16; MACD(2, 3, 2)'
        double[] c = [1d, 2d, 4d, 8d, 16d]
        double fast1 = 1.5                                  // EMA(2) seed: mean of bars 0-1
        double fast2 = fast1 + 2 / 3d * (4 - fast1)         // alpha = 2 / (2 + 1)
        double fast3 = fast2 + 2 / 3d * (8 - fast2)
        double fast4 = fast3 + 2 / 3d * (16 - fast3)
        double slow2 = 7 / 3d                               // EMA(3) seed: mean of bars 0-2
        double slow3 = slow2 + 0.5 * (8 - slow2)
        double slow4 = slow3 + 0.5 * (16 - slow3)
        double signal3 = ((fast2 - slow2) + (fast3 - slow3)) / 2   // signal seed: mean of the first 2 MACD values
        double signal4 = signal3 + 2 / 3d * ((fast4 - slow4) - signal3)

        when:
        def m = Macd.compute(c, 2, 3, 2)

        then:
        m.macd().firstBar() == 3
        Math.abs(m.macd().at(3).asDouble - (fast3 - slow3)) < 1e-12
        Math.abs(m.macd().latest() - (fast4 - slow4)) < 1e-12
        Math.abs(m.signal().at(3).asDouble - signal3) < 1e-12
        Math.abs(m.signal().latest() - signal4) < 1e-12
        Math.abs(m.histogram().latest() - (fast4 - slow4 - signal4)) < 1e-12
    }

    def 'Bollinger bands use the population standard deviation: 1, 2, 3, 4 with k = 1 is 2.5 +- sqrt(1.25)'() {
        when:
        def b = Bollinger.compute([1d, 2d, 3d, 4d] as double[], 4, 1)

        then: 'the sample deviation would be sqrt(5/3)'
        Math.abs(b.middle().latest() - 2.5d) < 1e-15
        Math.abs(b.upper().latest() - (2.5d + Math.sqrt(1.25d))) < 1e-15
        Math.abs(b.lower().latest() - (2.5d - Math.sqrt(1.25d))) < 1e-15
    }

    def 'RSI and ATR are Wilder averages seeded with a simple mean'() {
        given: 'closes 10, 11, 10, 12, 13 with RSI(2): changes +1, -1, +2, +1'
        double[] c = [10d, 11d, 10d, 12d, 13d]
        double gain = (1 + 0) / 2d, loss = (0 + 1) / 2d    // seed: mean of the first 2 changes
        double rsi2 = 100 * gain / (gain + loss)
        gain = (gain * 1 + 2) / 2; loss = (loss * 1 + 0) / 2
        double rsi3 = 100 * gain / (gain + loss)
        gain = (gain * 1 + 1) / 2; loss = (loss * 1 + 0) / 2
        double rsi4 = 100 * gain / (gain + loss)

        and: 'highs and lows 1 either side of each close; true range from the second bar, Wilder-averaged from the mean of the first 2'
        double[] h = c.collect { it + 1 } as double[]
        double[] l = c.collect { it - 1 } as double[]
        double[] tr = (1..4).collect { i -> [h[i] - l[i], Math.abs(h[i] - c[i - 1]), Math.abs(l[i] - c[i - 1])].max() } as double[]
        double atr = (tr[0] + tr[1]) / 2
        atr = (atr + tr[2]) / 2
        atr = (atr + tr[3]) / 2

        expect:
        Rsi.compute(c, 2).values() == [rsi2, rsi3, rsi4] as double[]
        Rsi.compute(c, 2).firstBar() == 2
        Math.abs(Atr.compute(h, l, c, 2).latest() - atr) < 1e-12
    }

    def 'RSI of a rising series is 100 and of a falling series is 0'() {
        expect:
        Rsi.compute((1..30).collect { it as double } as double[], 14).values().every { it == 100d }
        Rsi.compute((30..1).collect { it as double } as double[], 14).values().every { it == 0d }
    }

    def 'SMA and EMA of a constant series are that constant and Bollinger bands collapse'() {
        given:
        double[] flat = [5d] * 40

        expect:
        Sma.compute(flat, 10).values().every { it == 5d }
        Ema.compute(flat, 10).values().every { Math.abs(it - 5d) < 1e-12 }
        Bollinger.compute(flat).upper().values().every { Math.abs(it - 5d) < 1e-12 }
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
