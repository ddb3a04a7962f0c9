package io.cerbero.mcp.plugin.bybit

import io.cerbero.mcp.core.spi.Effect
import spock.lang.Specification

import java.time.Duration

/** Which Bybit tools the host's market-data cache may serve, and that nothing account-specific or WRITE is among them. */
class BybitFreshnessSpec extends Specification {
    static final Set<String> MARKET_DATA = ['get_ticker', 'get_orderbook', 'get_orderbook_imbalance', 'get_instruments', 'get_funding_rate', 'get_ohlcv', 'get_open_interest', 'get_basis', 'get_basis_term_structure', 'get_technical_indicators'] as Set
    static final List<String> ACCOUNT = ['get_account_summary', 'get_positions', 'get_open_orders']

    def plugin = new BybitPlugin()

    def 'every market-data tool declares how fresh its answer must be, and only those do'() {
        expect:
        plugin.tools().findAll { it.freshness().present }*.name() as Set == MARKET_DATA
    }

    def 'every declared window is between 100 ms and a day, and the stale allowance is at most a day'() {
        expect:
        plugin.tools().findAll { it.freshness().present }.each { tool ->
            def f = tool.freshness().get()
            assert f.ttl() >= Duration.ofMillis(100) && f.ttl() <= Duration.ofDays(1) : tool.name()
            assert f.maxStale() <= Duration.ofDays(1) : tool.name()
        }
    }

    def "account tools are never cached: one bot's balances, positions or orders are not another's"() {
        expect:
        ACCOUNT.each { name ->
            def tool = plugin.tools().find { it.name() == name }
            assert tool != null && tool.effect() == Effect.READ : name
            assert tool.freshness().empty : name
        }
    }

    def 'WRITE tools declare no freshness (the host would refuse to cache them anyway)'() {
        expect:
        plugin.tools().findAll { it.effect() == Effect.WRITE }.every { it.freshness().empty }
    }
}
