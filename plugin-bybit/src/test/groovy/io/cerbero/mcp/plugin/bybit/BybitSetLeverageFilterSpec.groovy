package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** set_leverage against an instrument whose leverage filter publishes only one bound (or none). */
class BybitSetLeverageFilterSpec extends Specification {

    @Shared @AutoCleanup('stop') BybitVenue venue = new BybitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    static String instrumentWith(String leverageFilter) {
        '{"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[{"symbol":"BTCUSDT",' +
                '"contractType":"LinearPerpetual","status":"Trading","baseCoin":"BTC","quoteCoin":"USDT",' +
                '"settleCoin":"USDT","leverageFilter":' + leverageFilter + ',' +
                '"priceFilter":{"minPrice":"0.10","maxPrice":"1999999.80","tickSize":"0.10"},' +
                '"lotSizeFilter":{"maxOrderQty":"100","minOrderQty":"0.001","qtyStep":"0.001"}}],' +
                '"nextPageCursor":""},"retExtInfo":{},"time":1735811990000}'
    }

    ToolException refusal(String body) {
        try {
            h.call(Environment.TESTNET, 'bybit', 'set_leverage', body)
        } catch (ToolException e) {
            return e
        }
        throw new AssertionError("accepted: ${body}")
    }

    def 'a leverage above a filter that has only a maximum is INVALID_INPUT saying there is no minimum'() {
        given:
        venue.getLiteral('/v5/market/instruments-info', instrumentWith('{"maxLeverage":"2"}'))

        when:
        def e = refusal('{"symbol":"BTCUSDT","leverage":"2.5","dry_run":true}')

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message == "leverage 2.5 is outside BTCUSDT's range no minimum to 2"
        venue.posts().isEmpty()
    }

    def 'a leverage below a filter that has only a minimum is INVALID_INPUT saying there is no maximum'() {
        given:
        venue.getLiteral('/v5/market/instruments-info', instrumentWith('{"minLeverage":"2.00"}'))

        when:
        def e = refusal('{"symbol":"BTCUSDT","leverage":"1.5","dry_run":true}')

        then:
        e.code() == ErrorCode.INVALID_INPUT
        e.message == "leverage 1.5 is outside BTCUSDT's range 2 to no maximum"
    }

    def 'a leverage within a one-sided filter (#filter) passes to the dry run'() {
        given:
        venue.getLiteral('/v5/market/instruments-info', instrumentWith(filter))

        when:
        def r = h.call(Environment.TESTNET, 'bybit', 'set_leverage', '{"symbol":"BTCUSDT","leverage":"2","dry_run":true}').body()

        then:
        r.path('status').asText() == 'dry_run'
        r.path('leverage').decimalValue() == 2G
        venue.posts().isEmpty()

        where:
        filter << ['{"minLeverage":"1"}', '{"maxLeverage":"3"}', '{"leverageStep":"0.01"}', '{}']
    }
}
