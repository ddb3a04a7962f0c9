package io.cerbero.mcp.core.analytics.options

import io.cerbero.mcp.core.analytics.AnalyticsInputException
import spock.lang.Shared
import spock.lang.Specification

import static io.cerbero.mcp.core.analytics.Reference.*

/**
 * References:
 *  - options.json (generate_reference.py): prices from scipy.stats.norm closed forms; greeks by central
 *    finite differences of that price (independent of our closed forms), tolerance 1e-5 relative for
 *    first-order greeks and 1e-3 for second-order ones (finite-difference truncation error); implied vol by
 *    scipy.optimize.brentq, tolerance 1e-8; GEX profile and by-strike GEX computed with numpy, 1e-9.
 *  - Hull, "Options, Futures, and Other Derivatives": S=42, K=40, r=10%, sigma=20%, T=0.5 gives
 *    c=4.76, p=0.81; the greeks example S=49, K=50, r=5%, sigma=20%, T=0.3846 gives delta 0.522,
 *    gamma 0.066, vega 12.1, theta -4.31/yr; Black-76 put F=20, K=20, r=9%, T=4/12, sigma=25% is 1.12.
 *    Tolerance: half a unit of the last printed digit.
 */
class OptionsSpec extends Specification {

    @Shared Map ref = load('options.json')

    static OptionContract contract(Map c) {
        new OptionContract(OptionType.valueOf(c.type), c.strike, c.years)
    }

    static Underlying market(Map c) {
        new Underlying(c.spot, c.rate, c.dividendYield)
    }

    def 'Black-Scholes price and greeks match scipy and finite differences: #c.type K=#c.strike'() {
        when:
        def g = BlackScholes.greeks(contract(c), market(c), c.vol)

        then:
        close(g.price(), c.price, 1e-10)
        close(g.delta(), c.delta, 1e-5)
        close(g.vega(), c.vega, 1e-5)
        close(g.theta(), c.theta, 1e-4)
        Math.abs(g.gamma() - c.gamma) <= 1e-3 * Math.abs(c.gamma) + 1e-9
        Math.abs(g.vanna() - c.vanna) <= 1e-3 * Math.max(Math.abs(c.vanna), 1e-3)
        Math.abs(g.charm() - c.charm) <= 1e-3 * Math.max(Math.abs(c.charm), 1e-3)
        BlackScholes.price(contract(c), market(c), c.vol) == g.price()

        where:
        c << load('options.json').cases
    }

    def 'implied volatility recovers the vol scipy brentq found: #c.type K=#c.strike'() {
        expect:
        Math.abs(ImpliedVolatility.blackScholes(contract(c), market(c), c.price) - c.iv) < 1e-8

        where:
        c << load('options.json').cases
    }

    def "Hull's worked example prices a call at 4.76 and a put at 0.81"() {
        expect:
        Math.abs(BlackScholes.price(OptionContract.call(40, 0.5), new Underlying(42, 0.1, 0), 0.2) - 4.76) < 0.005
        Math.abs(BlackScholes.price(OptionContract.put(40, 0.5), new Underlying(42, 0.1, 0), 0.2) - 0.81) < 0.005
    }

    def "Hull's greeks example: delta 0.522, gamma 0.066, vega 12.1, theta -4.31"() {
        when:
        def g = BlackScholes.greeks(OptionContract.call(50, 0.3846), new Underlying(49, 0.05, 0), 0.2)

        then:
        Math.abs(g.delta() - 0.522) < 0.0005
        Math.abs(g.gamma() - 0.066) < 0.0005
        Math.abs(g.vega() - 12.1) < 0.05
        Math.abs(g.theta() - (-4.31)) < 0.005
    }

    def "Hull's Black-76 futures put example is worth 1.12 and its implied vol is 25%"() {
        when:
        def put = OptionContract.put(20, 4 / 12d)
        def future = new Forward(20, 0.09)
        double p = Black76.price(put, future, 0.25)

        then:
        Math.abs(p - 1.12) < 0.005
        Math.abs(ImpliedVolatility.black76(put, future, p) - 0.25) < 1e-10
        Black76.greeks(put, future, 0.25).price() == p
    }

    def 'put-call parity holds'() {
        expect:
        Math.abs(BlackScholes.price(OptionContract.call(95, 0.7), new Underlying(100, 0.03, 0.01), 0.3)
                - BlackScholes.price(OptionContract.put(95, 0.7), new Underlying(100, 0.03, 0.01), 0.3)
                - (100 * Math.exp(-0.01 * 0.7) - 95 * Math.exp(-0.03 * 0.7))) < 1e-12
    }

    def 'pricing rejects invalid inputs: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label              | call
        'zero spot'        | { -> BlackScholes.price(OptionContract.call(100, 1), new Underlying(0, 0, 0), 0.2) }
        'negative strike'  | { -> BlackScholes.price(OptionContract.call(-1, 1), Underlying.ofSpot(100), 0.2) }
        'zero time'        | { -> BlackScholes.greeks(OptionContract.call(100, 0), Underlying.ofSpot(100), 0.2) }
        'NaN vol'          | { -> BlackScholes.greeks(OptionContract.put(100, 1), Underlying.ofSpot(100), Double.NaN) }
        'infinite rate'    | { -> Black76.price(OptionContract.put(100, 1), new Forward(100, Double.POSITIVE_INFINITY), 0.2) }
        'null type'        | { -> BlackScholes.price(new OptionContract(null, 100, 1), Underlying.ofSpot(100), 0.2) }
        'IV below intrinsic' | { -> ImpliedVolatility.blackScholes(OptionContract.call(100, 1), Underlying.ofSpot(110), 5) }
        'IV above spot'    | { -> ImpliedVolatility.blackScholes(OptionContract.call(100, 1), Underlying.ofSpot(110), 120) }
        'IV zero price'    | { -> ImpliedVolatility.blackScholes(OptionContract.put(100, 1), Underlying.ofSpot(110), 0) }
    }

    // ---------------------------------------------------------------- chain analytics

    List<OptionQuote> chain() {
        ref.chain.collect { new OptionQuote(new OptionContract(OptionType.valueOf(it.type), it.strike, it.years), it.iv, it.openInterest, it.volume) }
    }

    List<OptionQuote> front() {
        chain().findAll { Math.abs(it.yearsToExpiry() - 30 / 365d) < 1e-9 }
    }

    def 'dealer gamma profile over a spot grid matches numpy and finds the zero-gamma flip'() {
        when:
        def p = DealerGammaExposure.profile(chain(), Underlying.ofSpot(ref.spot), doubles(ref.grid), 1)

        then:
        close(p.netGex(), doubles(ref.gexProfile), 1e-9)
        Math.abs(p.zeroGammaLevel().asDouble - (ref.zeroGamma as double)) < 1e-9
    }

    def 'dealer gamma by strike sums calls positive and puts negative'() {
        when:
        def rows = DealerGammaExposure.byStrike(chain(), Underlying.ofSpot(ref.spot), 1)

        then:
        rows*.strike() == ref.gexByStrike.collect { it[0] as double }
        close(rows*.netGex() as double[], doubles(ref.gexByStrike.collect { it[1] }), 1e-9)
        rows.every { it.callGex() >= 0 && it.putGex() <= 0 }
    }

    def 'the log-spaced-grid fast path equals the sum of closed-form Black-Scholes gammas'() {
        given:
        double[] grid = DealerGammaExposure.logGrid(60, 160, 200)
        def u = new Underlying(100, 0.03, 0.01)

        when:
        def p = DealerGammaExposure.profile(chain(), u, grid, 10)

        then:
        (0..<grid.length).every { j ->
            double s = grid[j]
            double expected = chain().sum { q ->
                (q.type() == OptionType.CALL ? 1 : -1) * BlackScholes.greeks(q.contract(), new Underlying(s, 0.03, 0.01), q.iv()).gamma() *
                        q.openInterest() * 10 * s * s * 0.01
            } as double
            Math.abs(p.netGex()[j] - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
        }
    }

    def 'a chain of calls only has positive gamma everywhere and no flip'() {
        given:
        def calls = chain().findAll { it.type() == OptionType.CALL }

        expect:
        !DealerGammaExposure.profile(calls, Underlying.ofSpot(100), [80d, 100d, 120d] as double[], 1).zeroGammaLevel().present
    }

    def '25-delta skew reads a put-rich smile as a negative risk reversal'() {
        when:
        def s = Skew.delta25(front(), Underlying.ofSpot(100))

        then: 'the smile iv = 0.6 - 0.4 m + 0.8 m^2 puts more vol on the downside'
        s.put25Iv() > s.call25Iv()
        s.riskReversal() < 0
        Math.abs(s.atmIv() - 0.6) < 0.002
        s.butterfly() > 0
    }

    def 'find-by-delta picks the call nearest 0.25 delta'() {
        when:
        def m = FindByDelta.nearest(front(), Underlying.ofSpot(100), 0.25)
        def all = front().findAll { it.type() == OptionType.CALL }.collect {
            BlackScholes.greeks(it.contract(), Underlying.ofSpot(100), it.iv()).delta()
        }

        then:
        m.quote().type() == OptionType.CALL
        Math.abs(m.delta() - 0.25) == all.collect { Math.abs(it - 0.25) }.min()
    }

    def 'OI-weighted skew and wing vols of a hand-made smile'() {
        given: 'puts at 90 (iv 0.7, OI 100) and 80 (iv 0.8, OI 300); calls at 110 (iv 0.5, OI 200), 100 (iv 0.6), 120 (iv 0.55)'
        def q = [new OptionQuote(OptionContract.put(90, 0.1), 0.7, 100, 0),
                 new OptionQuote(OptionContract.put(80, 0.1), 0.8, 300, 0),
                 new OptionQuote(OptionContract.call(100, 0.1), 0.6, 0, 0),
                 new OptionQuote(OptionContract.call(110, 0.1), 0.5, 200, 0),
                 new OptionQuote(OptionContract.call(120, 0.1), 0.55, 0, 0)]
        def u = Underlying.ofSpot(100)

        when:
        def oi = Skew.oiWeighted(q, u)
        def w = Skew.wings(q, u, 0.10)

        then: 'put OI-weighted iv = (0.7*100 + 0.8*300)/400 = 0.775; call = 0.5'
        Math.abs(oi.putIv() - 0.775) < 1e-12
        Math.abs(oi.callIv() - 0.5) < 1e-12
        Math.abs(oi.skew() - 0.275) < 1e-12
        and: 'ATM 0.6, wings at 90 and 110'
        Math.abs(w.atmIv() - 0.6) < 1e-12
        Math.abs(w.putWingIv() - 0.7) < 1e-12
        Math.abs(w.callWingIv() - 0.5) < 1e-12
        Math.abs(w.wingPremium() - 0.0) < 1e-12
        Math.abs(w.asymmetry() - 1d / 3d) < 1e-12
    }

    def 'term structure lists ATM vol per expiry in order'() {
        when:
        def t = TermStructure.of(chain(), Underlying.ofSpot(100))

        then:
        t.points()*.years() == [30 / 365d, 90 / 365d]
        Math.abs(t.points()[0].atmIv() - 0.6) < 0.002
        Math.abs(t.points()[1].atmIv() - 0.55) < 0.002
        !t.contango()
        t.slope() < 0
    }

    def 'put/call ratios by open interest and volume'() {
        given:
        def q = [new OptionQuote(OptionContract.put(90, 0.1), 0.7, 300, 30),
                 new OptionQuote(OptionContract.call(110, 0.1), 0.5, 200, 0)]

        when:
        def r = PutCallRatio.of(q)

        then:
        r.openInterestRatio().asDouble == 1.5d
        !r.volumeRatio().present
    }

    def 'vanna and charm aggregates equal the OI-weighted sum of single-option greeks'() {
        given:
        def q = [new OptionQuote(OptionContract.call(110, 0.2), 0.5, 10, 0), new OptionQuote(OptionContract.put(90, 0.2), 0.6, 20, 0)]
        def c = BlackScholes.greeks(OptionContract.call(110, 0.2), Underlying.ofSpot(100), 0.5)
        def p = BlackScholes.greeks(OptionContract.put(90, 0.2), Underlying.ofSpot(100), 0.6)

        when:
        def vc = VannaCharmExposure.of(q, Underlying.ofSpot(100), 1)

        then:
        Math.abs(vc.netVanna() - (10 * c.vanna() - 20 * p.vanna())) < 1e-12
        Math.abs(vc.netCharm() - (10 * c.charm() - 20 * p.charm())) < 1e-9
    }

    def 'chain analytics reject bad chains: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label                   | call
        'empty chain'           | { -> DealerGammaExposure.profile([], Underlying.ofSpot(100), [90d, 100d] as double[], 1) }
        'descending grid'       | { -> DealerGammaExposure.profile([new OptionQuote(OptionContract.call(100, 1), 0.5, 1, 1)], Underlying.ofSpot(100), [100d, 90d] as double[], 1) }
        'NaN in grid'           | { -> DealerGammaExposure.profile([new OptionQuote(OptionContract.call(100, 1), 0.5, 1, 1)], Underlying.ofSpot(100), [90d, Double.NaN] as double[], 1) }
        'negative IV quote'     | { -> new OptionQuote(OptionContract.call(100, 1), -0.5, 1, 1) }
        'negative OI quote'     | { -> new OptionQuote(OptionContract.call(100, 1), 0.5, -1, 1) }
        'zero spot'             | { -> Underlying.ofSpot(0) }
        'mixed expiries skew'   | { -> Skew.delta25(chain(), Underlying.ofSpot(100)) }
        'delta target 0'        | { -> FindByDelta.nearest(front(), Underlying.ofSpot(100), 0) }
        'no puts for put delta' | { -> FindByDelta.nearest(front().findAll { it.type() == OptionType.CALL }, Underlying.ofSpot(100), -0.25) }
    }

    // ---------------------------------------------------------------- spread payoff

    def 'a bull call spread has capped profit, capped loss and one breakeven'() {
        given: 'long 100 call for 5, short 110 call for 2: debit 3'
        def legs = [Leg.call(100, 1, 5), Leg.call(110, -1, 2)]

        when:
        def p = SpreadPayoff.evaluate(legs, [90d, 100d, 105d, 110d, 120d] as double[])

        then:
        p.profit() == [-3d, -3d, 2d, 7d, 7d] as double[]
        p.breakevens() == [103d]
        p.maxProfit().asDouble == 7d
        p.maxLoss().asDouble == 3d
    }

    def 'a long straddle has two breakevens and unbounded profit'() {
        when:
        def p = SpreadPayoff.evaluate([Leg.call(100, 1, 4), Leg.put(100, 1, 6)], [80d, 100d, 120d] as double[])

        then:
        p.breakevens() == [90d, 110d]
        !p.maxProfit().present
        p.maxLoss().asDouble == 10d
        p.profit() == [10d, -10d, 10d] as double[]
    }

    def 'a covered call combines the underlying with a short call'() {
        when:
        def p = SpreadPayoff.evaluate([Leg.underlying(1, 100), Leg.call(110, -1, 3)], [0d, 97d, 110d, 200d] as double[])

        then:
        p.breakevens() == [97d]
        p.maxProfit().asDouble == 13d
        p.maxLoss().asDouble == 97d
        p.profit() == [-97d, 0d, 13d, 13d] as double[]
    }

    def 'a naked short call has unbounded loss'() {
        expect:
        !SpreadPayoff.evaluate([Leg.call(100, -1, 5)], [100d] as double[]).maxLoss().present
    }

    def 'spread payoff rejects: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label           | call
        'no legs'       | { -> SpreadPayoff.evaluate([], [1d] as double[]) }
        'zero quantity' | { -> Leg.call(100, 0, 1) }
        'NaN premium'   | { -> Leg.put(100, 1, Double.NaN) }
        'negative grid' | { -> SpreadPayoff.evaluate([Leg.call(100, 1, 1)], [-1d] as double[]) }
        'empty grid'    | { -> SpreadPayoff.evaluate([Leg.call(100, 1, 1)], new double[0]) }
    }
}
