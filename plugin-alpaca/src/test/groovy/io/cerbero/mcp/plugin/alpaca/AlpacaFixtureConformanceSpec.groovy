package io.cerbero.mcp.plugin.alpaca

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.core.spi.UpstreamRequest
import io.cerbero.mcp.plugin.alpaca.client.AlpacaClient
import io.cerbero.mcp.plugin.alpaca.client.AlpacaMarketData
import io.cerbero.mcp.plugin.alpaca.client.AlpacaTradingData
import io.cerbero.mcp.plugin.alpaca.orders.AlpacaOrderMapping
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

/**
 * Optional conformance: the real example answers in the shared reference folder ({@code shared/fixtures/alpaca},
 * looked up from the working directory upwards) read into this plugin's DTOs and unified records. Skipped on a
 * fresh clone without that folder; the main specs stand on the module's own stubs.
 */
@Requires({ AlpacaFixtureConformanceSpec.fixtures() != null })
class AlpacaFixtureConformanceSpec extends Specification {

    @Shared ObjectMapper json = AlpacaClient.venueMapper()

    static File fixtures() {
        for (File dir = new File(System.getProperty('user.dir')).absoluteFile; dir != null; dir = dir.parentFile) {
            File candidate = new File(dir, 'shared/fixtures/alpaca/alpaca_py_mocks')
            if (candidate.isDirectory()) {
                return candidate
            }
        }
        null
    }

    def read(String name, Class type) {
        json.readValue(new File(fixtures(), name), type)
    }

    def 'the account reads with its decimals exact'() {
        when:
        AlpacaTradingData.Account a = read('trading_v2_account.json', AlpacaTradingData.Account)

        then:
        a.equity() == 103820.56G
        a.buyingPower() == 262113.632G
        a.patternDayTrader() == false
        a.optionsTradingLevel() == 1
    }

    def 'positions read and map to the unified shape'() {
        when:
        List rows = json.readValue(new File(fixtures(), 'trading_v2_positions_GET.json'),
                json.typeFactory.constructCollectionType(List, AlpacaTradingData.Position))

        then:
        rows[0].marketValue() == 600.0G
        !rows[0].isShort()
    }

    def 'every order answer reads and maps: #name'() {
        when:
        JsonNode node = json.readTree(new File(fixtures(), name))
        def orders = (node.isArray() ? node.toList() : [node]).collect {
            AlpacaOrderMapping.toOrder(json.treeToValue(it, AlpacaTradingData.Order))
        }

        then:
        orders.every { it.orderId() != null && it.status() != null && it.type() != null }

        where:
        name << ['trading_v2_orders_GET.json', 'trading_v2_orders_POST_limit.json', 'trading_v2_orders_POST_market.json',
                 'trading_v2_orders_id_PATCH_replace.json', 'trading_v2_positions_symbol_DELETE_qty.json']
    }

    def 'market data reads: snapshots, option snapshots and bars'() {
        when:
        Map stocks = json.readValue(new File(fixtures(), 'data_v2_stocks_snapshots.json'),
                json.typeFactory.constructMapType(Map, String, AlpacaMarketData.StockSnapshot))
        AlpacaMarketData.OptionSnapshots options = read('data_v1beta1_options_snapshots.json', AlpacaMarketData.OptionSnapshots)
        AlpacaMarketData.OptionSnapshots chain = read('data_v1beta1_options_snapshots_underlying_chain.json', AlpacaMarketData.OptionSnapshots)
        AlpacaMarketData.Bars bars = read('data_v2_stocks_bars.json', AlpacaMarketData.Bars)
        AlpacaMarketData.Bars optionBars = read('data_v1beta1_options_bars.json', AlpacaMarketData.Bars)

        then:
        stocks.AAPL.latestQuote().askSize() == 2G
        stocks.AAPL.latestTrade().p() == 161.1998G
        options.snapshots().values()[0].greeks().delta() != null
        options.snapshots().values()[0].impliedVolatility() != null
        chain.nextPageToken() == null
        bars.bars().AAPL.size() == 2
        bars.nextPageToken() != null
        optionBars.bars().values()[0][0].vw() == 0.211429G
    }

    def 'a 207 multi-status answer maps each failed item'() {
        given:
        def request = UpstreamRequest.get('/v2/positions', '')

        when:
        def items = json.readTree(new File(fixtures(), 'trading_v2_positions_DELETE_all.json')).toList()
        def failures = items.findAll { it.path('status').asInt() >= 300 }
                .collect { AlpacaErrors.item(it.path('status').asInt(), it.get('body'), it.path('symbol').asText(), request) }

        then:
        failures.size() == 2
        failures[0].details().venue_code == 40310000L
        failures[0].details().existing_qty == '1000'
        failures.every { it.code().name() == 'UPSTREAM_REJECTED' }
    }
}
