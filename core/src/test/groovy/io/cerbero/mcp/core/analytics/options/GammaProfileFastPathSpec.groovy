package io.cerbero.mcp.core.analytics.options

import spock.lang.Specification

/**
 * Pins the fast paths of {@link DealerGammaExposure#profile} (merged call/put terms, table-driven exp on an
 * arbitrary grid, multiplicative recurrence on a log grid) to the straightforward formula: the sum over
 * options of sign * Black-Scholes gamma * OI * multiplier * S^2 * 0.01, option by option. Tolerance 1e-12
 * relative to the sum of the absolute terms (the natural scale of a signed sum: calls and puts cancel near
 * the zero-gamma flip); for calls-only chains that scale is the value itself.
 */
class GammaProfileFastPathSpec extends Specification {

    static List<OptionQuote> randomChain(Random rnd, int count, boolean callsOnly) {
        def quotes = []
        while (quotes.size() < count) {
            double strike = 100 * Math.exp(0.5 * rnd.nextGaussian())
            double years = 1 / 365d + rnd.nextDouble() * 2
            double iv = 0.05 + rnd.nextDouble() * 1.5
            def type = callsOnly || rnd.nextBoolean() ? OptionType.CALL : OptionType.PUT
            quotes << new OptionQuote(new OptionContract(type, strike, years), iv, rnd.nextInt(5000), 0)
            if (!callsOnly && rnd.nextInt(3) == 0 && quotes.size() < count) {
                // the other right at the same strike, expiry and vol: merged into one term by the fast path
                def other = type == OptionType.CALL ? OptionType.PUT : OptionType.CALL
                quotes << new OptionQuote(new OptionContract(other, strike, years), iv, rnd.nextInt(5000), 0)
            }
        }
        quotes
    }

    static double[][] straightforward(List<OptionQuote> chain, Underlying u, double[] grid, double mult) {
        double[] net = new double[grid.length]
        double[] abs = new double[grid.length]
        for (int j = 0; j < grid.length; j++) {
            double s = grid[j]
            for (OptionQuote q : chain) {
                double g = BlackScholes.greeks(q.contract(), new Underlying(s, u.rate(), u.dividendYield()), q.iv()).gamma()
                double term = (q.type() == OptionType.CALL ? 1 : -1) * g * q.openInterest() * mult * s * s * 0.01
                net[j] += term
                abs[j] += Math.abs(term)
            }
        }
        [net, abs] as double[][]
    }


    def 'fast path equals the straightforward formula on random chains (seed #seed, #gridKind grid, calls only: #callsOnly)'() {
        given:
        def rnd = new Random(seed)
        def chain = randomChain(rnd, 50, callsOnly)
        def u = new Underlying(100, rnd.nextDouble() * 0.05, rnd.nextDouble() * 0.03)
        double[] grid = gridKind == 'log' ? DealerGammaExposure.logGrid(30, 200, 200)
                : (0..<200).collect { 30 + 170 * it / 199d } as double[]

        when:
        def fast = DealerGammaExposure.profile(chain, u, grid, 10).netGex()
        def (double[] exact, double[] scale) = straightforward(chain, u, grid, 10)

        then:
        (0..<grid.length).every { j -> Math.abs(fast[j] - exact[j]) <= 1e-12 * scale[j] }
        !callsOnly || (0..<grid.length).every { j -> Math.abs(fast[j] - exact[j]) <= 1e-12 * Math.abs(exact[j]) }

        where:
        [seed, gridKind, callsOnly] << [(1..8), ['even', 'log'], [false, true]].combinations()
    }

    def 'an uneven grid (not log-spaced, not evenly spaced) also matches'() {
        given:
        def rnd = new Random(99)
        def chain = randomChain(rnd, 50, false)
        def u = Underlying.ofSpot(100)
        double[] grid = new double[120]
        double s = 40
        for (int j = 0; j < grid.length; j++) {
            s += 0.1 + rnd.nextDouble() * 2
            grid[j] = s
        }

        when:
        def fast = DealerGammaExposure.profile(chain, u, grid, 1).netGex()
        def (double[] exact, double[] scale) = straightforward(chain, u, grid, 1)

        then:
        (0..<grid.length).every { j -> Math.abs(fast[j] - exact[j]) <= 1e-12 * scale[j] }
    }

    def 'the table-driven exp is within 1e-15 relative of Math.exp on [-745, 0] and underflows like it'() {
        given:
        def rnd = new Random(7)
        def xs = (0..<200_000).collect { rnd.nextDouble() * -745.2d } + [0d, -0d, -1e-300, -1e-10, -0.5, -707.999, -708d, -708.001,
                                                                         -744.4, -745.1, -745.2, -746d, -1e6, Double.NEGATIVE_INFINITY]

        expect:
        xs.every { double x ->
            double e = Math.exp(x)
            double f = DealerGammaExposure.expNonPositive(x)
            e == 0 ? f == 0 : Math.abs(f - e) <= 1e-15 * e
        }
    }

    def 'far-out terms whose density underflows contribute exactly zero instead of NaN'() {
        given: 'a 1-day option struck far away and a 2-year ATM option'
        def chain = [new OptionQuote(OptionContract.call(1000, 1 / 365d), 0.05, 100, 0),
                     new OptionQuote(OptionContract.put(100, 2), 0.5, 100, 0)]
        double[] grid = [50d, 75d, 100d, 125d, 150d, 175d] as double[]

        when:
        def fast = DealerGammaExposure.profile(chain, Underlying.ofSpot(100), grid, 1).netGex()
        def (double[] exact, double[] scale) = straightforward(chain, Underlying.ofSpot(100), grid, 1)

        then:
        (0..<grid.length).every { j -> !Double.isNaN(fast[j]) && Math.abs(fast[j] - exact[j]) <= 1e-12 * scale[j] }
    }
}
