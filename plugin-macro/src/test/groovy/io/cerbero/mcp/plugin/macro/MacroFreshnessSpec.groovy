package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.spi.Effect
import spock.lang.Specification

import java.time.Duration

/** Which Macro tools the host's market-data cache may serve, and that nothing account-specific or WRITE is among them. */
class MacroFreshnessSpec extends Specification {
    static final Set<String> MARKET_DATA = ['get_asset_prices', 'get_equity_futures', 'get_economic_calendar', 'get_fred_series', 'get_treasury_yields', 'get_yield_curve_slope', 'get_breakeven_inflation', 'get_cot_tff', 'get_cot_disaggregated', 'get_cot_extreme_positioning'] as Set

    def plugin = new MacroPlugin()

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

    def 'WRITE tools declare no freshness (the host would refuse to cache them anyway)'() {
        expect:
        plugin.tools().findAll { it.effect() == Effect.WRITE }.every { it.freshness().empty }
    }
}
