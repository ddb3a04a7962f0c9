package io.cerbero.mcp.core.analytics.microstructure

import io.cerbero.mcp.core.analytics.AnalyticsInputException
import spock.lang.Shared
import spock.lang.Specification

/** References: hand-computed from the definitions in OrderBook's javadoc (shown in each test). Tolerance 1e-12. */
class OrderBookSpec extends Specification {

    @Shared def bids = new BookSide([100d, 99d, 98d] as double[], [3d, 2d, 5d] as double[])
    @Shared def asks = new BookSide([101d, 102d, 103d] as double[], [1d, 4d, 10d] as double[])

    def 'imbalance over the top 2 levels is (5 - 5) / 10 = 0 and over 1 level (3 - 1) / 4 = 0.5'() {
        expect:
        OrderBook.imbalance(bids, asks, 2) == 0d
        OrderBook.imbalance(bids, asks, 1) == 0.5d
        Math.abs(OrderBook.imbalance(bids, asks, 10) - (10 - 15) / 25d) < 1e-12
    }

    def 'depth-weighted mid with one level is the microprice (100*1 + 101*3) / 4 = 100.75'() {
        expect:
        Math.abs(OrderBook.depthWeightedMid(bids, asks, 1) - 100.75d) < 1e-12
    }

    def 'depth-weighted mid over two levels weights each side VWAP by the other side depth'() {
        given: 'VWAP bid = (300 + 198)/5 = 99.6, VWAP ask = (101 + 408)/5 = 101.8, both depths 5'
        expect:
        Math.abs(OrderBook.depthWeightedMid(bids, asks, 2) - (99.6d * 5 + 101.8d * 5) / 10) < 1e-12
    }

    def 'spread in basis points is (101 - 100) / 100.5 * 1e4'() {
        expect:
        Math.abs(OrderBook.spreadBps(bids, asks) - 1e4 / 100.5d) < 1e-12
    }

    def 'order-book metrics reject: #label'() {
        when:
        call()

        then:
        thrown(AnalyticsInputException)

        where:
        label              | call
        'crossed book'     | { -> OrderBook.spreadBps(new BookSide([101d] as double[], [1d] as double[]), new BookSide([100d] as double[], [1d] as double[])) }
        'unsorted bids'    | { -> OrderBook.imbalance(new BookSide([99d, 100d] as double[], [1d, 1d] as double[]), new BookSide([101d] as double[], [1d] as double[]), 2) }
        'zero price'       | { -> new BookSide([0d] as double[], [1d] as double[]) }
        'negative size'    | { -> new BookSide([1d] as double[], [-1d] as double[]) }
        'NaN size'         | { -> new BookSide([1d] as double[], [Double.NaN] as double[]) }
        'empty side'       | { -> new BookSide(new double[0], new double[0]) }
        'no size at all'   | { -> OrderBook.imbalance(new BookSide([100d] as double[], [0d] as double[]), new BookSide([101d] as double[], [0d] as double[]), 1) }
        'topN zero'        | { -> OrderBook.imbalance(bids, asks, 0) }
        'null side'        | { -> OrderBook.spreadBps(null, asks) }
    }
}
