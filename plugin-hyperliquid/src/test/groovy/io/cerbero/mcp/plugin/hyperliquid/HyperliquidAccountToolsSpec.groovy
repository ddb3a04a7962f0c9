package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.JsonNode
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** Account tools read the configured wallet's state from /info and answer with the unified model. */
class HyperliquidAccountToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') HyperliquidVenue venue = new HyperliquidVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    JsonNode call(String tool, String body) {
        h.call(Environment.TESTNET, 'hyperliquid', tool, body).body()
    }

    def 'get_account_summary reads clearinghouseState of HYPERLIQUID_WALLET_ADDRESS'() {
        given:
        venue.info('clearinghouseState', 'clearinghouse_long_btc', [user: HyperliquidVenue.TESTNET_WALLET])

        when:
        def a = call('get_account_summary', '{}')

        then:
        a.path('currency').asText() == 'USDC'
        a.path('equity').decimalValue() == 10000G
        a.path('available').decimalValue() == 3712.5G
        a.path('margin_used').decimalValue() == 6287.5G
        a.path('unrealized_pnl').decimalValue() == 475G
        a.path('venue_specific').path('cross_account_value').decimalValue() == 8000G
        a.path('data_timestamp').asText() == '2025-01-02T10:00:00.500Z'
    }

    def 'get_positions shows side, absolute size in coin and the mark derived from the position value'() {
        given:
        venue.info('clearinghouseState', 'clearinghouse_long_btc', [user: HyperliquidVenue.TESTNET_WALLET])

        when:
        def p = call('get_positions', '{}').path('positions')

        then:
        p.size() == 2
        with(p[0]) {
            path('symbol').asText() == 'BTC'
            path('side').asText() == 'long'
            path('size').decimalValue() == 0.2G
            path('size_unit').asText() == 'base'
            path('mark_price').decimalValue() == 60000G
            path('notional').decimalValue() == 12000G
            path('leverage').decimalValue() == 3G
            path('liquidation_price').decimalValue() == 31000.5G
            path('venue_specific').path('margin_mode').asText() == 'cross'
        }
        with(p[1]) {
            path('side').asText() == 'short'
            path('size').decimalValue() == 1.5G
            !has('liquidation_price')
        }
    }

    def 'get_positions filters by symbol'() {
        given:
        venue.info('clearinghouseState', 'clearinghouse_long_btc', [user: HyperliquidVenue.TESTNET_WALLET])

        expect:
        call('get_positions', '{"symbol":"ETH"}').path('positions')*.path('symbol')*.asText() == ['ETH']
    }

    def 'get_open_orders maps limits and triggers, newest first, with filled quantities'() {
        given:
        venue.info('frontendOpenOrders', 'open_orders', [user: HyperliquidVenue.TESTNET_WALLET])

        when:
        def o = call('get_open_orders', '{}').path('orders')

        then:
        o*.path('order_id')*.asText() == ['91490950', '91490942', '91490960']
        with(o[0]) {
            path('type').asText() == 'stop_market'
            path('side').asText() == 'sell'
            path('trigger_price').decimalValue() == 52000G
            path('reduce_only').asBoolean()
            path('status').asText() == 'open'
        }
        with(o[1]) {
            path('type').asText() == 'limit'
            path('client_order_id').asText() == '0x1234567890abcdef1234567890abcdef'
            path('qty').decimalValue() == 0.1G
            path('filled_qty').decimalValue() == 0.05G
            path('status').asText() == 'partially_filled'
            !has('trigger_price')
        }
        o[2].path('post_only').asBoolean()
    }

    def 'without HYPERLIQUID_WALLET_ADDRESS the account tools are NOT_CONFIGURED and call nothing'() {
        given:
        h.close()
        h = venue.freshHarness([HYPERLIQUID_WALLET_ADDRESS_TESTNET: ''])

        when:
        call(tool, '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('HYPERLIQUID_WALLET_ADDRESS')
        venue.requests().isEmpty()

        where:
        tool << ['get_account_summary', 'get_positions', 'get_open_orders']
    }

    def 'a malformed wallet address stops the session with NOT_CONFIGURED naming the variable'() {
        given:
        h.close()
        h = venue.freshHarness([HYPERLIQUID_WALLET_ADDRESS_TESTNET: 'not-an-address'])

        when:
        call('get_positions', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('HYPERLIQUID_WALLET_ADDRESS')
    }
}
