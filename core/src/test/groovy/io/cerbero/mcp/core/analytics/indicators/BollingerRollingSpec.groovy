package io.cerbero.mcp.core.analytics.indicators

import io.cerbero.mcp.core.analytics.Series
import spock.lang.Specification

/**
 * Pins the O(n) rolling Bollinger bands to the per-window two-pass formula (population deviation),
 * including series where a naive sum / sum-of-squares update would cancel catastrophically
 * (a large level with tiny moves).
 */
class BollingerRollingSpec extends Specification {

    static BollingerBands twoPass(double[] x, int period, double k) {
        int len = x.length - period + 1
        double[] up = new double[len], mid = new double[len], lo = new double[len]
        for (int j = 0; j < len; j++) {
            double s = 0
            for (int i = j; i < j + period; i++) { s += x[i] }
            double mean = s / period
            double ss = 0
            for (int i = j; i < j + period; i++) { double d = x[i] - mean; ss += d * d }
            double sd = Math.sqrt(ss / period)
            mid[j] = mean; up[j] = mean + k * sd; lo[j] = mean - k * sd
        }
        new BollingerBands(new Series(period - 1, up), new Series(period - 1, mid), new Series(period - 1, lo))
    }

    def 'rolling bands equal the two-pass bands: #name, period #period'() {
        given:
        def rnd = new Random(period * 31 + name.length())
        double[] x = new double[20_000]
        double p = level
        for (int i = 0; i < x.length; i++) {
            p += step * rnd.nextGaussian()
            x[i] = rnd.nextInt(50) == 0 ? p + 100 * step * rnd.nextGaussian() : p   // occasional spikes
        }

        when:
        def fast = Bollinger.compute(x, period, 2)
        def slow = twoPass(x, period, 2)

        then: 'middle to 1e-14 of the largest nearby |close|; band offsets to 1e-9 relative of the two-pass offset plus that rounding'
        (0..<fast.middle().values().length).every { j ->
            double scale = slow.upper().values()[j] - slow.middle().values()[j]
            double lvl = (Math.max(0, j - period)..<j + period).collect { Math.abs(x[it]) }.max()   // closes near the window
            Math.abs(fast.middle().values()[j] - slow.middle().values()[j]) <= 1e-14 * lvl &&
                    Math.abs(fast.upper().values()[j] - slow.upper().values()[j]) <= 1e-9 * scale + 1e-14 * lvl &&
                    Math.abs(fast.lower().values()[j] - slow.lower().values()[j]) <= 1e-9 * scale + 1e-14 * lvl
        }

        where:
        name                         | level | step  | period
        'random walk'                | 100   | 1     | 20
        'random walk'                | 100   | 1     | 2
        'random walk'                | 100   | 1     | 200
        'large level, tiny moves'    | 1e9   | 1e-3  | 20
        'large level, tiny moves'    | 1e9   | 1e-3  | 50
    }

    def 'a window that turns flat again gives exactly zero width, at any offset within the recomputation block'() {
        given:
        double[] x = ([1d, 1000d, 3d, 7d] * 10 + [2.5d] * prefix + [5d] * 60) as double[]

        when:
        def b = Bollinger.compute(x, 20, 2)
        int firstFlat = 40 + prefix

        then:
        (firstFlat..<b.middle().values().length).every { b.upper().values()[it] == 5d && b.middle().values()[it] == 5d && b.lower().values()[it] == 5d }
        b.upper().values()[firstFlat - 1] > 5d

        where:
        prefix << [0, 1, 7, 19]
    }
}
