package io.cerbero.mcp.plugin.hyperliquid

import com.fasterxml.jackson.databind.JsonNode
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** set_leverage under the gateway cap, and stop-loss / take-profit triggers tied to the open position. */
class HyperliquidLeverageAndTriggersSpec extends Specification {

    @Shared @AutoCleanup('stop') HyperliquidVenue venue = new HyperliquidVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    JsonNode call(String tool, String body) {
        h.call(Environment.TESTNET, 'hyperliquid', tool, body).body()
    }

    JsonNode sent() {
        HyperliquidVenue.JSON.readTree(venue.exchanges().last().request.bodyAsString)
    }

    def 'set_leverage above the cap is POLICY_REJECTED before anything is read, signed or sent'() {
        when:
        call('set_leverage', '{"symbol":"BTC","leverage":' + leverage + dry + '}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().max_leverage == 3G
        venue.requests().isEmpty()

        where:
        leverage | dry
        4        | ''
        10       | ',"dry_run":true'
    }

    def 'set_leverage within the cap signs an updateLeverage action'() {
        given:
        venue.info('meta', 'meta')
        venue.exchange('exchange_default')

        when:
        def r = call('set_leverage', '{"symbol":"ETH","leverage":"3","margin_mode":"isolated"}')

        then:
        r.path('status').asText() == 'set'
        r.path('max_leverage').decimalValue() == 3G
        sent().path('action').toString() == '{"type":"updateLeverage","asset":1,"isCross":false,"leverage":3}'
        h.audit().events().findAll { it.phase().name() == 'PREPARED' }*.tool() == ['set_leverage']
        StubSignatureCheck.signer(venue.exchanges()[0].request.bodyAsString, 'b') == HyperliquidVenue.TESTNET_API_WALLET
    }

    def 'set_leverage dry run returns the signed request and sends nothing'() {
        given:
        venue.info('meta', 'meta')

        when:
        def r = call('set_leverage', '{"symbol":"BTC","leverage":2,"dry_run":true}')
        def body = HyperliquidVenue.JSON.readTree(r.path('request').path('body').asText())

        then:
        r.path('status').asText() == 'dry_run'
        body.path('action').toString() == '{"type":"updateLeverage","asset":0,"isCross":true,"leverage":2}'
        body.path('nonce').asLong() == PluginHarness.NOW.toEpochMilli()
        venue.exchanges().isEmpty()
    }

    def 'set_leverage refuses a fraction, and cross margin on an isolated-only perp'() {
        given:
        venue.info('meta', 'meta')

        when:
        call('set_leverage', body)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.exchanges().isEmpty()

        where:
        body << ['{"symbol":"BTC","leverage":"2.5"}', '{"symbol":"ISO","leverage":"2"}']
    }

    def 'set_stop_loss on a long is a reduce-only sell trigger for the whole position, bounded by slippage'() {
        given:
        venue.info('meta', 'meta')
        venue.info('clearinghouseState', 'clearinghouse_long_btc', [user: HyperliquidVenue.TESTNET_WALLET])
        venue.info('allMids', 'all_mids')
        venue.exchange('exchange_order_resting')

        when:
        def r = call('set_stop_loss', '{"symbol":"BTC","trigger_price":"55000.04"}')

        then: 'a sell trigger rounds up to 5 significant figures (55001, it fires no later than asked); the market bound is 5 % under it (52250.95 -> 52251)'
        r.path('status').asText() == 'accepted'
        r.path('leverage').path('verdict').asText() == 'reduce_only'
        sent().path('action').path('grouping').asText() == 'positionTpsl'
        with(sent().path('action').path('orders')[0]) {
            path('b').asBoolean() == false
            path('s').asText() == '0.2'
            path('r').asBoolean()
            path('p').asText() == '52251'
            path('t').toString() == '{"trigger":{"isMarket":true,"triggerPx":"55001","tpsl":"sl"}}'
        }
    }

    def 'set_take_profit with a limit price on a short buys back at that limit when triggered'() {
        given:
        venue.info('meta', 'meta')
        venue.info('clearinghouseState', 'clearinghouse_long_btc', [user: HyperliquidVenue.TESTNET_WALLET])
        venue.info('allMids', 'all_mids')
        venue.exchange('exchange_order_resting')

        when:
        call('set_take_profit', '{"symbol":"ETH","trigger_price":"2800","limit_price":"2810","qty":"1"}')

        then:
        with(sent().path('action').path('orders')[0]) {
            path('a').asInt() == 1
            path('b').asBoolean()
            path('s').asText() == '1'
            path('p').asText() == '2810'
            path('t').toString() == '{"trigger":{"isMarket":false,"triggerPx":"2800","tpsl":"tp"}}'
        }
    }

    def 'a stop-loss without an open position is INVALID_INPUT and nothing is signed'() {
        given:
        venue.info('meta', 'meta')
        venue.info('clearinghouseState', 'clearinghouse_flat', [user: HyperliquidVenue.TESTNET_WALLET])

        when:
        call('set_stop_loss', '{"symbol":"BTC","trigger_price":"55000"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        venue.exchanges().isEmpty()
    }

    def 'a trigger dry run shows the signed action and sends nothing'() {
        given:
        venue.info('meta', 'meta')
        venue.info('clearinghouseState', 'clearinghouse_long_btc', [user: HyperliquidVenue.TESTNET_WALLET])
        venue.info('allMids', 'all_mids')

        when:
        def r = call('set_take_profit', '{"symbol":"BTC","trigger_price":"75000","dry_run":true}')

        then:
        r.path('status').asText() == 'dry_run'
        HyperliquidVenue.JSON.readTree(r.path('request').path('body').asText()).path('action').path('orders')[0]
                .path('t').path('trigger').path('tpsl').asText() == 'tp'
        venue.exchanges().isEmpty()
    }

    def 'a trigger already crossed is refused: #tool at #trigger on a #position position (mid #mid)'() {
        given:
        venue.info('meta', 'meta')
        venue.info('clearinghouseState', 'clearinghouse_long_btc', [user: HyperliquidVenue.TESTNET_WALLET])
        venue.info('allMids', 'all_mids')

        when:
        call(tool, '{"symbol":"' + symbol + '","trigger_price":"' + trigger + '"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains(side)
        venue.exchanges().isEmpty()

        where:
        tool              | symbol | position | trigger | mid        | side
        'set_stop_loss'   | 'BTC'  | 'long'   | '61000' | '60000.5'  | 'below'
        'set_take_profit' | 'BTC'  | 'long'   | '59000' | '60000.5'  | 'above'
        'set_stop_loss'   | 'ETH'  | 'short'  | '3000'  | '3050.15'  | 'above'
        'set_take_profit' | 'ETH'  | 'short'  | '3100'  | '3050.15'  | 'below'
    }
}
