package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.spi.Effect
import spock.lang.Specification

import java.time.Duration

/** Which Deribit tools the host's market-data cache may serve, and that nothing account-specific or WRITE is among them. */
class DeribitFreshnessSpec extends Specification {
    static final Set<String> MARKET_DATA = ['get_ticker', 'get_orderbook', 'get_orderbook_imbalance', 'get_index_price', 'get_instruments', 'get_funding_rate', 'get_ohlcv', 'get_technical_indicators', 'get_realized_vol', 'get_dvol', 'get_iv_rank', 'get_gex', 'get_dealer_gamma_profile', 'get_vanna_charm', 'get_put_call_ratio', 'get_oi_weighted_skew', 'get_skew_25d', 'get_smile_asymmetry', 'get_atm_vs_wings_vol', 'get_term_structure', 'find_by_delta', 'calculate_spread_payoff'] as Set
    static final List<String> ACCOUNT = ['get_account_summary', 'get_positions', 'get_open_orders']

    def plugin = new DeribitPlugin()

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
