package io.cerbero.mcp.core.analytics.indicators

import io.cerbero.mcp.core.model.Candle
import io.cerbero.mcp.core.model.TechnicalIndicators
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Shared
import spock.lang.Specification

import java.math.MathContext
import java.time.Duration
import java.time.Instant

import static io.cerbero.mcp.core.analytics.Reference.*

/**
 * The unified get_technical_indicators calculator. Values are checked against indicators.json (pandas, see
 * IndicatorsSpec), against plain BigDecimal arithmetic, and against the same indicators over a longer history
 * (for the settled rule).
 */
class IndicatorReportSpec extends Specification {

    static final Instant T0 = Instant.parse('2025-01-01T00:00:00Z')
    static final double TOL = 1e-9

    @Shared Map ref = load('indicators.json')

    /** Candles oldest first, one hour apart; the open is the previous close. */
    static List<Candle> candles(double[] highs, double[] lows, double[] closes) {
        (0..<closes.length).collect { i ->
            new Candle(T0 + Duration.ofHours(i), dec(i == 0 ? closes[0] : closes[i - 1]), dec(highs[i]), dec(lows[i]),
                    dec(closes[i]), 1G, null)
        }
    }

    static BigDecimal dec(double v) {
        new BigDecimal(Double.toString(v))
    }

    /** A random walk of {@code n} bars with highs above and lows below the closes. */
    static List<Candle> randomWalk(long seed, int n) {
        def rnd = new Random(seed)
        double[] h = new double[n], l = new double[n], c = new double[n]
        double p = 100
        for (int i = 0; i < n; i++) {
            double open = p
            p *= Math.exp(0.01 * rnd.nextGaussian())
            c[i] = p
            h[i] = Math.max(open, p) * (1 + 0.003 * Math.abs(rnd.nextGaussian()))
            l[i] = Math.min(open, p) * (1 - 0.003 * Math.abs(rnd.nextGaussian()))
        }
        candles(h, l, c)
    }

    List<Candle> referenceCandles() {
        candles(doubles(ref.highs), doubles(ref.lows), doubles(ref.closes))
    }

    /** The element {@code fromEnd} places before the last of a reference array. */
    static double last(Object list, int fromEnd = 0) {
        def values = doubles(list)
        values[values.length - 1 - fromEnd]
    }

    def 'with include_forming the last candle is reported and every value matches the pandas reference'() {
        when:
        def t = IndicatorReport.of('BTCUSDT', '1h', referenceCandles(), true)

        then:
        t.symbol() == 'BTCUSDT'
        t.interval() == '1h'
        t.candleTime() == T0 + Duration.ofHours(299)
        t.close() == dec(last(ref.closes))
        t.forming()
        t.bars() == 300
        close(t.sma().value() as double, last(ref.sma20), TOL)
        close(t.rsi().value() as double, last(ref.rsi14), TOL)
        close(t.macd().macd() as double, last(ref.macd), TOL)
        close(t.macd().signal() as double, last(ref.macdSignal), TOL)
        close(t.macd().histogram() as double, last(ref.macdHist), TOL)
        close(t.atr().value() as double, last(ref.atr14), TOL)
        close(t.adx().adx() as double, last(ref.adx14), TOL)
        close(t.adx().plusDi() as double, last(ref.plusDi14), TOL)
        close(t.adx().minusDi() as double, last(ref.minusDi14), TOL)
        close(t.bollinger().upper() as double, last(ref.bbUpper), TOL)
        close(t.bollinger().middle() as double, last(ref.bbMiddle), TOL)
        close(t.bollinger().lower() as double, last(ref.bbLower), TOL)
    }

    def 'by default the forming last candle is left out: the values are those of the last closed candle'() {
        when:
        def t = IndicatorReport.of('BTCUSDT', '1h', referenceCandles(), false)

        then:
        !t.forming()
        t.bars() == 299
        t.candleTime() == T0 + Duration.ofHours(298)
        t.close() == dec(last(ref.closes, 1))
        close(t.sma().value() as double, last(ref.sma20, 1), TOL)
        close(t.rsi().value() as double, last(ref.rsi14, 1), TOL)
        close(t.macd().signal() as double, last(ref.macdSignal, 1), TOL)
        close(t.adx().adx() as double, last(ref.adx14, 1), TOL)
        close(t.bollinger().lower() as double, last(ref.bbLower, 1), TOL)
    }

    def 'each value carries the parameters it was computed with'() {
        when:
        def t = IndicatorReport.of('X', '1h', referenceCandles(), false)

        then:
        t.sma().period() == 20
        t.ema().period() == 20
        t.rsi().period() == 14
        [t.macd().fast(), t.macd().slow(), t.macd().signalPeriod()] == [12, 26, 9]
        t.atr().period() == 14
        t.adx().period() == 14
        t.bollinger().period() == 20
        t.bollinger().stdDevs() == 2G
    }

    def 'SMA and EMA agree with plain decimal arithmetic: the mean of the last 20 closes, an EMA seeded with the first 20'() {
        given:
        def bars = randomWalk(5, 120)
        def closes = bars*.close()

        when:
        def t = IndicatorReport.of('X', '1h', bars, true)
        def mc = MathContext.DECIMAL128
        def sma = closes[-20..-1].sum().divide(20.0G, mc)
        def alpha = 2.0G.divide(21.0G, mc)
        def ema = closes[0..<20].sum().divide(20.0G, mc)
        closes[20..-1].each { ema = ema.add(alpha.multiply(it.subtract(ema), mc), mc) }

        then:
        close(t.sma().value() as double, sma as double, 1e-11)
        close(t.ema().value() as double, ema as double, 1e-11)
    }

    def 'values are rounded to 12 significant digits'() {
        when:
        def t = IndicatorReport.of('X', '1h', randomWalk(9, 100), true)

        then:
        [t.sma().value(), t.ema().value(), t.rsi().value(), t.atr().value(), t.bollinger().upper()].every {
            it.precision() <= 12 && it.scale() >= 0
        }
    }

    def 'the fewest candles is 34, MACD(12,26,9) the slowest indicator: 34 give every value, 33 are refused'() {
        given:
        def bars = randomWalk(1, 35)

        expect: 'exactly 34 closed candles (35 with the forming one) are enough'
        IndicatorReport.MIN_BARS == 34
        IndicatorReport.of('X', '1h', bars, false).bars() == 34
        IndicatorReport.of('X', '1h', bars.subList(0, 34), true).bars() == 34

        when: '34 candles, the last still forming: only 33 closed'
        IndicatorReport.of('X', '1h', bars.subList(0, 34), false)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message == 'need at least 34 closed candles for MACD(12,26,9), the slowest indicator; got 33 ' +
                '(the last of the 34 is still forming)'
        e.suggestedFix().present
    }

    def 'no candles at all is INVALID_INPUT: #label'() {
        when:
        IndicatorReport.of('X', '1h', bars, includeForming)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT

        where:
        label                  | bars | includeForming
        'null list'            | null | false
        'empty list'           | []   | false
        'empty with forming'   | []   | true
        '33 with forming'      | randomWalk(1, 33) | true
    }

    def 'settled is bars >= 260 (ten times MACD slow 26): #bars bars -> #settled'() {
        expect:
        IndicatorReport.SETTLED_BARS == 260
        IndicatorReport.of('X', '1h', randomWalk(3, bars), true).settled() == settled

        where:
        bars | settled
        34   | false
        259  | false
        260  | true
        1000 | true
    }

    def 'a settled report agrees with the same indicators over a 3,000-candle history (seed #seed)'() {
        given:
        def history = randomWalk(seed, 3000)
        def recent = history.subList(3000 - 260, 3000)

        when:
        def full = IndicatorReport.of('X', '1h', history, true)
        def settledReport = IndicatorReport.of('X', '1h', recent, true)

        then: 'price-unit values within 1e-6 of the price, RSI/ADX/DI within 1e-4 points'
        settledReport.settled()
        differences(settledReport, full).every { it <= 1e-6 }

        where:
        seed << [11, 12, 13]
    }

    def 'an unsettled report can differ from the longer history by more than that, so the flag means something'() {
        given:
        def history = randomWalk(11, 3000)

        when:
        def full = IndicatorReport.of('X', '1h', history, true)
        def young = IndicatorReport.of('X', '1h', history.subList(3000 - 60, 3000), true)

        then:
        !young.settled()
        differences(young, full).max() > 1e-6
    }

    /** Differences scaled so the settled bound is 1e-6: price-unit values over the close, 0-100 values over 100. */
    static List<Double> differences(TechnicalIndicators a, TechnicalIndicators b) {
        double price = b.close() as double
        def priceUnits = { x, y -> Math.abs((x as double) - (y as double)) / price }
        def points = { x, y -> Math.abs((x as double) - (y as double)) / 100 }
        [priceUnits(a.sma().value(), b.sma().value()), priceUnits(a.ema().value(), b.ema().value()),
         priceUnits(a.macd().macd(), b.macd().macd()), priceUnits(a.macd().signal(), b.macd().signal()),
         priceUnits(a.atr().value(), b.atr().value()), priceUnits(a.bollinger().upper(), b.bollinger().upper()),
         points(a.rsi().value(), b.rsi().value()), points(a.adx().adx(), b.adx().adx()),
         points(a.adx().plusDi(), b.adx().plusDi()), points(a.adx().minusDi(), b.adx().minusDi())]
    }

    def 'closes that never change: RSI and ADX are undefined, so absent, and the rest is still given'() {
        given:
        double[] flat = [5d] * 40

        when:
        def t = IndicatorReport.of('X', '1h', candles(flat, flat, flat), false)

        then:
        t.rsi() == null
        t.adx() == null
        t.sma().value() == 5G
        t.ema().value() == 5G
        t.atr().value() == 0G
        t.macd().macd() == 0G
        t.bollinger().upper() == 5G && t.bollinger().lower() == 5G
    }

    def 'candles that move but close flat: ADX is given, RSI is not'() {
        given:
        double[] closes = [5d] * 40
        double[] highs = [6d] * 40
        double[] lows = [4d] * 40

        when:
        def t = IndicatorReport.of('X', '1h', candles(highs, lows, closes), false)

        then:
        t.rsi() == null
        t.adx() != null
        t.atr().value() == 2G
    }

    def 'candles that are not bars are an UPSTREAM_ERROR naming the fault: #label'() {
        given:
        def bars = new ArrayList<>(randomWalk(2, 40))
        bars[10] = broken(bars[10])

        when:
        IndicatorReport.of('X', '1h', bars, false)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UPSTREAM_ERROR
        e.message.contains(message)

        where:
        label              | message                   | broken
        'newest first'     | 'not oldest first'        | { Candle k -> new Candle(T0, k.open(), k.high(), k.low(), k.close(), k.volume(), null) }
        'no close'         | 'no positive close'       | { Candle k -> new Candle(k.openTime(), k.open(), k.high(), k.low(), null, k.volume(), null) }
        'zero low'         | 'no positive low'         | { Candle k -> new Candle(k.openTime(), k.open(), k.high(), 0G, k.close(), k.volume(), null) }
        'low above high'   | 'low above its high'      | { Candle k -> new Candle(k.openTime(), k.open(), k.low(), k.high(), k.close(), k.volume(), null) }
        'no open time'     | 'no open time'            | { Candle k -> new Candle(null, k.open(), k.high(), k.low(), k.close(), k.volume(), null) }
        'a null candle'    | 'no open time'            | { Candle k -> null }
    }
}
