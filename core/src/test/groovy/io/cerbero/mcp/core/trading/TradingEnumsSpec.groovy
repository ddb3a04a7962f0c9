package io.cerbero.mcp.core.trading

import com.fasterxml.jackson.databind.exc.InvalidFormatException
import io.cerbero.mcp.core.json.JsonMappers
import spock.lang.Specification

/** Side and OrderType as tool inputs and outputs: lowercase JSON values. */
class TradingEnumsSpec extends Specification {
    def json = JsonMappers.create()

    record Order(Side side, OrderType type) {}

    def 'they serialise lowercase and parse back'() {
        when:
        def text = json.writeValueAsString(new Order(Side.sell, OrderType.limit))

        then:
        text == '{"side":"sell","type":"limit"}'
        json.readValue(text, Order) == new Order(Side.sell, OrderType.limit)
    }

    def 'the tool mapper also accepts upper case (case-insensitive enums)'() {
        expect:
        json.readValue('{"side":"BUY","type":"Market"}', Order) == new Order(Side.buy, OrderType.market)
    }

    def 'anything else is refused'() {
        when:
        json.readValue('{"side":"hold","type":"market"}', Order)

        then:
        thrown(InvalidFormatException)
    }

    def 'helpers'() {
        expect:
        Side.buy.opposite() == Side.sell
        Side.sell.opposite() == Side.buy
        Side.buy.sign() == 1
        Side.sell.sign() == -1
        OrderType.limit.needsPrice()
        !OrderType.market.needsPrice()
        Side.values()*.name() == ['buy', 'sell']
        OrderType.values()*.name() == ['market', 'limit']
    }
}
