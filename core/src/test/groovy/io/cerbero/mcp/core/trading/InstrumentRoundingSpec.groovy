package io.cerbero.mcp.core.trading

import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification

import java.math.RoundingMode

class InstrumentRoundingSpec extends Specification {

    def 'price #price on tick #tick: a buy rounds down to #buy, a sell up to #sell'() {
        expect:
        InstrumentRounding.priceToTick(price, tick, Side.buy) == buy
        InstrumentRounding.priceToTick(price, tick, Side.sell) == sell

        where:
        price           | tick      || buy            | sell
        65000.27G       | 0.5G      || 65000G         | 65000.5G
        65000.75G       | 0.5G      || 65000.5G       | 65001G
        60000.17G       | 0.1G      || 60000.1G       | 60000.2G
        1.23456G        | 0.01G     || 1.23G          | 1.24G
        0.123456G       | 0.0001G   || 0.1234G        | 0.1235G
        0.00012345G     | 0.0001G   || 0.0001G        | 0.0002G
        101G            | 5G        || 100G           | 105G
    }

    def 'a price already on the tick is unchanged on both sides, only stripped of trailing zeros'() {
        expect:
        InstrumentRounding.priceToTick(price, tick, Side.buy).toPlainString() == plain
        InstrumentRounding.priceToTick(price, tick, Side.sell).toPlainString() == plain

        where:
        price        | tick     || plain
        65000.50G    | 0.5G     || '65000.5'
        1.2300G      | 0.01G    || '1.23'
        0.12340000G  | 0.0001G  || '0.1234'
        65000G       | 0.5G     || '65000'
        1.0E+3G      | 0.5G     || '1000'
    }

    def 'results are exact decimals with no binary noise'() {
        expect:
        InstrumentRounding.priceToTick(0.3G, 0.1G, Side.buy).toPlainString() == '0.3'
        InstrumentRounding.qtyToStep(0.7G, 0.1G).toPlainString() == '0.7'
        InstrumentRounding.priceToTick(1.1G + 2.2G, 0.0001G, Side.sell).toPlainString() == '3.3'
    }

    def 'qty #qty rounds down to step #step: #rounded'() {
        expect:
        InstrumentRounding.qtyToStep(qty, step) == rounded

        where:
        qty         | step      || rounded
        0.0157G     | 0.001G    || 0.015G
        0.0159G     | 0.001G    || 0.015G
        1.99999G    | 0.01G     || 1.99G
        7G          | 5G        || 5G
        123.456789G | 0.000001G || 123.456789G
        0.0009G     | 0.001G    || 0G
    }

    def 'no grid (missing, zero or negative step) keeps the value'() {
        expect:
        InstrumentRounding.toStep(1.2345G, step, RoundingMode.FLOOR) == 1.2345G
        InstrumentRounding.priceToTick(1.2345G, step, Side.sell) == 1.2345G

        where:
        step << [null, 0G, -0.1G]
    }

    def 'roundQty shows the requested value beside the rounded one'() {
        when:
        def r = InstrumentRounding.roundQty(0.0157G, 0.001G, 0.001G, 'BTCUSDT')

        then:
        r.requested() == 0.0157G
        r.rounded() == 0.015G
        r.adjusted()
        r.adjustment() == -0.0007G
    }

    def 'a value already on the grid is not adjusted, whatever its scale'() {
        when:
        def r = InstrumentRounding.roundQty(0.0150G, 0.001G, 0.001G, 'BTCUSDT')

        then:
        !r.adjusted()
        r.adjustment() == 0G
        r.rounded().toPlainString() == '0.015'
    }

    def 'a qty equal to the minimum passes'() {
        expect:
        InstrumentRounding.roundQty(0.001G, 0.001G, 0.001G, 'BTCUSDT').rounded() == 0.001G
    }

    def 'a qty that rounds below the minimum is INVALID_INPUT naming subject, step and minimum'() {
        when:
        InstrumentRounding.roundQty(0.0019G, 0.001G, 0.002G, 'orders[1]: BTCUSDT')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message == 'orders[1]: BTCUSDT: qty 0.0019 rounds down to 0.001 (step 0.001), below the minimum 0.002'
        e.details().requested_qty == 0.0019G
        e.details().rounded_qty == 0.001G
        e.details().min_order_qty == '0.002'
    }

    def 'a qty that rounds to zero is INVALID_INPUT even without a minimum'() {
        when:
        InstrumentRounding.roundQty(0.0009G, 0.001G, null, 'BTCUSDT')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('below the minimum none')
        e.details().min_order_qty == ''
    }

    def 'an instance applies one instrument\'s rules'() {
        given:
        def btc = new InstrumentRounding(0.1G, 0.001G, 0.001G)

        expect:
        btc.price(60000.17G, Side.buy) == new InstrumentRounding.Rounded(60000.17G, 60000.1G)
        btc.price(60000.11G, Side.sell).rounded() == 60000.2G
        btc.qty(0.0157G, 'BTCUSDT').rounded() == 0.015G

        when:
        btc.qty(0.0005G, 'BTCUSDT')

        then:
        thrown(ToolException)
    }

    def 'roundPrice keeps the request beside the rounded price'() {
        when:
        def r = InstrumentRounding.roundPrice(0.123456G, 0.0001G, Side.sell)

        then:
        r.requested() == 0.123456G
        r.rounded() == 0.1235G
        r.adjustment() == 0.000044G
    }

    def 'a side is required to round a price'() {
        when:
        InstrumentRounding.priceToTick(1G, 0.5G, null)

        then:
        thrown(NullPointerException)
    }
}
