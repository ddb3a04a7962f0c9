package io.cerbero.mcp.plugin.macro

import io.cerbero.mcp.core.spi.AsyncTool
import io.cerbero.mcp.core.spi.Effect
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.Tool
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static io.cerbero.mcp.core.testing.Futures.failureOf

/**
 * Every tool is a non-blocking READ tool with a typed output record, and what it answers is exactly that record
 * (read back with the host's strict mapper, which refuses unknown properties).
 */
class MacroToolShapeSpec extends Specification {

    static final Map<String, String> EXAMPLE_CALLS = [
            get_treasury_yields        : '{"date":"2024-05-31"}',
            get_fred_series            : '{"series_id":"DGS10"}',
            get_yield_curve_slope      : '{"end_date":"2024-05-31","lookback_days":30}',
            get_breakeven_inflation    : '{"date":"2024-05-31","history_days":30}',
            get_asset_prices           : '{"symbols":["SPY","NOPE"]}',
            get_equity_futures         : '{"symbols":["QQQ"]}',
            get_economic_calendar      : '{"from":"2024-01-08","to":"2024-01-14"}',
            get_cot_tff                : '{"market_code":"133741"}',
            get_cot_disaggregated      : '{"market_code":"088691"}',
            get_cot_extreme_positioning: '{"market_code":"13874A","lookback_weeks":40}']

    @Shared @AutoCleanup('stop') MacroSources sources = new MacroSources().started()
    @AutoCleanup PluginHarness h = sources.freshHarness()

    def setup() {
        sources.fredCurve()
        ['T10Y2Y', 'T10Y3M', 'T5YIE', 'T10YIE', 'T5YIFR'].each { sources.fred(it, it) }
        sources.fred('DGS10', 'DGS10_newest_first', [sort_order: 'desc'])
        ['SPY', 'QQQ'].each { sources.quote(it) }
        sources.quote('NOPE', 'quote_unknown')
        sources.calendar('calendar_week')
        sources.cot('gpe5-46if', 'tff_133741')
        sources.cot('72hh-3qpy', 'disaggregated_088691')
    }

    def 'every tool is a non-blocking READ tool that declares an output record'() {
        expect:
        new MacroPlugin().tools().size() == 10
        new MacroPlugin().tools().every { Tool t ->
            t instanceof AsyncTool && t.effect() == Effect.READ && t.outputType()?.isRecord()
        }
        new MacroPlugin().tools()*.name() as Set == EXAMPLE_CALLS.keySet()
    }

    def '#tool answers exactly its declared output record'() {
        given:
        def declared = new MacroPlugin().tools().find { it.name() == tool }.outputType()
        if (tool == 'get_cot_extreme_positioning') {
            sources.cot('gpe5-46if', 'tff_13874A_40w')
        }

        when: 'the request_id and data_timestamp the host adds are set aside'
        def body = h.call(Environment.TESTNET, 'macro', tool, EXAMPLE_CALLS[tool]).body().deepCopy()
        body.remove(['request_id', 'data_timestamp'])
        def typed = h.json().treeToValue(body, declared)

        then:
        declared.isInstance(typed)
        h.json().valueToTree(typed) == body

        where:
        tool << EXAMPLE_CALLS.keySet()
    }

    def 'on the non-blocking path a call answers as on the blocking one, and fails with the same codes'() {
        when:
        def blocking = h.call(Environment.TESTNET, 'macro', 'get_treasury_yields', '{"date":"2024-05-31"}').body()
        def async = h.callAsync(Environment.MAINNET, 'macro', 'get_treasury_yields', '{"date":"2024-05-31"}').join().body()

        then:
        async.path('points') == blocking.path('points')

        when:
        def keyless = sources.harness(sources.urlConfig())
        def e = failureOf(keyless.callAsync(Environment.TESTNET, 'macro', 'get_treasury_yields', '{}'))

        then:
        e.code() == ErrorCode.NOT_CONFIGURED

        cleanup:
        keyless?.close()
    }
}
