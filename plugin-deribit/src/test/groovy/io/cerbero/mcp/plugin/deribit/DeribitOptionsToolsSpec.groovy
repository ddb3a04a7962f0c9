package io.cerbero.mcp.plugin.deribit

import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.testing.PluginHarness
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The option-chain tools load a whole chain from the book summary and the cached instruments — never a call per
 * instrument — and compute greeks locally with Black-76 from mark IV. The stub chain: BTC options expiring
 * 10JAN25 (forward 95700) and 31JAN25 (forward 95900), strikes 80000-110000, with smiles whose ATM is 50 % and 52 %.
 */
class DeribitOptionsToolsSpec extends Specification {

    @Shared @AutoCleanup('stop') DeribitVenue venue = new DeribitVenue().started()
    @AutoCleanup PluginHarness h = venue.freshHarness()

    def setup() {
        venue.get('public/get_book_summary_by_currency', 'book_summary_btc_option', [currency: 'BTC', kind: 'option'])
        venue.get('public/get_instruments', 'instruments_btc', [currency: 'BTC'])
    }

    def call(String tool, String body) {
        h.call(Environment.TESTNET, 'deribit', tool, body).body()
    }

    def 'a whole-chain tool makes at most 3 venue calls, and a second one reuses the cached instruments'() {
        when:
        call(tool, '{"currency":"BTC"}')

        then:
        venue.requestCount(Environment.TESTNET) <= 3
        venue.calls('public/ticker').isEmpty()

        when:
        venue.resetRequests()
        call(tool, '{"currency":"BTC"}')

        then:
        venue.requestCount(Environment.TESTNET) == 1
        venue.calls('public/get_book_summary_by_currency').size() == 1

        where:
        tool << ['get_term_structure', 'get_gex', 'get_dealer_gamma_profile', 'get_vanna_charm', 'get_put_call_ratio',
                 'get_skew_25d', 'get_oi_weighted_skew', 'get_smile_asymmetry', 'get_atm_vs_wings_vol']
    }

    def 'get_term_structure gives the ATM IV of each expiry at its own forward'() {
        when:
        def t = call('get_term_structure', '{"currency":"BTC"}')

        then:
        t.path('points')*.path('expiry')*.asText() == ['10JAN25', '31JAN25']
        t.path('points')[0].path('forward').decimalValue() == 95700G
        t.path('points')[1].path('forward').decimalValue() == 95900G
        // ATM interpolated between the 95000 (50 %/52 %) and 100000 strikes on the OTM smile
        Math.abs(t.path('points')[0].path('atm_iv').doubleValue() - (0.50 + 0.02 * 700 / 5000)) < 1e-9
        Math.abs(t.path('points')[1].path('atm_iv').doubleValue() - (0.52 + 0.01 * 900 / 5000)) < 1e-9
        t.path('contango').asBoolean()
        t.path('points')[0].path('days').doubleValue() > 7.9
    }

    def 'get_skew_25d: puts bid in the stub smile give a negative risk reversal'() {
        when:
        def s = call('get_skew_25d', '{"currency":"BTC","expiry":"31JAN25"}')

        then:
        s.path('expiry').asText() == '31JAN25'
        s.path('put25_iv').doubleValue() > s.path('call25_iv').doubleValue()
        s.path('risk_reversal').doubleValue() < 0
        s.path('butterfly').doubleValue() > 0
    }

    def 'an unknown expiry is INVALID_INPUT naming the live ones'() {
        when:
        call('get_skew_25d', '{"currency":"BTC","expiry":"28MAR25"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.suggestedFix().get().contains('10JAN25, 31JAN25')
    }

    def 'get_put_call_ratio adds the open interest of one expiry'() {
        when:
        def r = call('get_put_call_ratio', '{"currency":"BTC","expiry":"31JAN25"}')

        then: 'stub OI of 31JAN25: calls 4636.7, puts 3745.7'
        r.path('call_open_interest').decimalValue() == 4636.7G
        r.path('put_open_interest').decimalValue() == 3745.7G
        Math.abs(r.path('open_interest_ratio').doubleValue() - 3745.7 / 4636.7) < 1e-9
    }

    def 'get_gex sums dealer gamma by strike in USD per 1 % move, calls positive and puts negative'() {
        when:
        def g = call('get_gex', '{"currency":"BTC"}')

        then:
        g.path('strikes').size() == 7
        g.path('strikes').every { it.path('call_gex').doubleValue() >= 0 && it.path('put_gex').doubleValue() <= 0 }
        Math.abs(g.path('net_gex').doubleValue() - g.path('strikes').sum { it.path('net_gex').doubleValue() }) < 1e-3
        g.path('spot').decimalValue() == 95480.12G
    }

    def 'get_dealer_gamma_profile spans the index and says where gamma flips'() {
        when:
        def p = call('get_dealer_gamma_profile', '{"currency":"BTC","range":0.2,"points":41}')

        then:
        p.path('profile').size() == 41
        p.path('profile')[0].path('spot').doubleValue() < 95480.12
        p.path('profile')[40].path('spot').doubleValue() > 95480.12
    }

    def 'get_vanna_charm answers in desk units'() {
        when:
        def v = call('get_vanna_charm', '{"currency":"BTC","expiry":"31JAN25"}')

        then:
        Math.abs(v.path('net_vanna').doubleValue() - v.path('call_vanna').doubleValue() - v.path('put_vanna').doubleValue()) < 1e-6
        v.has('net_charm')
    }

    def 'the wing tools read the smile at ±width around the forward'() {
        when:
        def w = call('get_atm_vs_wings_vol', '{"currency":"BTC","expiry":"31JAN25","width":0.1}')
        def a = call('get_smile_asymmetry', '{"currency":"BTC","expiry":"31JAN25","width":0.1}')

        then:
        w.path('wing_premium').doubleValue() > 0
        a.path('asymmetry').doubleValue() > 0
        w.path('put_wing_iv').decimalValue() == a.path('put_wing_iv').decimalValue()
    }

    def 'a wing beyond the quoted strikes is INVALID_INPUT, not a guess'() {
        when:
        call('get_atm_vs_wings_vol', '{"currency":"BTC","expiry":"31JAN25","width":0.3}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
    }

    def 'find_by_delta finds the 25-delta call and computes its greeks with Black-76 in desk units'() {
        when:
        def f = call('find_by_delta', '{"currency":"BTC","expiry":"31JAN25","target_delta":0.25}')
        double F = 95900, K = f.path('strike').doubleValue(), v = f.path('iv').doubleValue()
        double T = (java.time.Instant.parse('2025-01-31T08:00:00Z').toEpochMilli() - 1735812000000L) / 1000.0 / (365 * 86400)
        double d1 = (Math.log(F / K) + 0.5 * v * v * T) / (v * Math.sqrt(T))
        double pdf = Math.exp(-d1 * d1 / 2) / Math.sqrt(2 * Math.PI)

        then:
        f.path('option_type').asText() == 'call'
        f.path('symbol').asText() == 'BTC-31JAN25-' + (K as long) + '-C'
        Math.abs(f.path('greeks').path('delta').doubleValue() - 0.25) < 0.15
        Math.abs(f.path('greeks').path('vega').doubleValue() - F * pdf * Math.sqrt(T) / 100) < 1e-6
        f.path('greeks').path('theta').doubleValue() < 0
        Math.abs(f.path('greeks').path('theta').doubleValue() - (-F * pdf * v / (2 * Math.sqrt(T)) / 365)) < 1e-6
        venue.calls('public/ticker').isEmpty()
    }

    def 'calculate_spread_payoff of a bull call spread: loss capped at the premium, profit at the width'() {
        when:
        def p = call('calculate_spread_payoff', '{"legs":[' +
                '{"symbol":"BTC-31JAN25-95000-C","side":"buy","qty":1,"premium_usd":4000},' +
                '{"symbol":"BTC-31JAN25-100000-C","side":"sell","qty":1,"premium_usd":2000}]}')

        then:
        p.path('net_premium_usd').decimalValue() == 2000G
        p.path('max_loss').decimalValue() == 2000G
        p.path('max_profit').decimalValue() == 3000G
        p.path('breakevens')*.decimalValue() == [97000G]
    }

    def 'spread legs of two expiries are refused before any call'() {
        when:
        call('calculate_spread_payoff', '{"legs":[{"symbol":"BTC-31JAN25-95000-C","side":"buy","qty":1},' +
                '{"symbol":"BTC-10JAN25-100000-C","side":"sell","qty":1}]}')

        then:
        thrown(ToolException)
        venue.totalRequestCount() == 0
    }
}
