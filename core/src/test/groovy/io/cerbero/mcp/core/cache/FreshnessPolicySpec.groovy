package io.cerbero.mcp.core.cache

import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.registry.OrderWithDryRun
import io.cerbero.mcp.core.registry.SymbolInput
import io.cerbero.mcp.core.registry.TinyPlugin
import io.cerbero.mcp.core.registry.TinyTool
import io.cerbero.mcp.core.spi.Effect
import io.cerbero.mcp.core.spi.Freshness
import spock.lang.Specification

import java.time.Duration

class FreshnessPolicySpec extends Specification {

    static TinyTool declaring(String name, Effect effect, Freshness freshness) {
        new DeclaringTool(toolName: name, inputClass: effect == Effect.WRITE ? OrderWithDryRun : SymbolInput,
                toolEffect: effect, declared: freshness)
    }

    def plugin = TinyPlugin.registered(new TinyPlugin(pluginName: 'bybit', toolList: [
            declaring('get_ticker', Effect.READ, Freshness.of(Duration.ofMillis(250)).servingStaleFor(Duration.ofSeconds(5))),
            declaring('get_positions', Effect.READ, null),
            declaring('place_order', Effect.WRITE, Freshness.of(Duration.ofSeconds(1)))]))

    def 'a READ tool is cached as it declares; an undeclared one is not'() {
        given:
        def policy = FreshnessPolicy.declared()

        expect:
        policy.of('bybit', plugin.tool('get_ticker').get()) == Optional.of(new Freshness(Duration.ofMillis(250), Duration.ofSeconds(5)))
        policy.of('bybit', plugin.tool('get_positions').get()).empty
    }

    def 'a WRITE tool is never cached, even when it declares a freshness'() {
        expect:
        FreshnessPolicy.declared().of('bybit', plugin.tool('place_order').get()).empty
    }

    def 'the operator overrides per tool, and 0 turns caching off'() {
        given:
        List<String> problems = []
        def policy = FreshnessPolicy.load(ConfigSource.of([CACHE_TTL_BYBIT_GET_TICKER: '0',
                                                           CACHE_TTL_BYBIT_GET_POSITIONS: '2s',
                                                           CACHE_MAX_STALE_BYBIT_GET_POSITIONS: '1m']), [plugin], problems)

        expect:
        problems.empty
        policy.of('bybit', plugin.tool('get_ticker').get()).empty
        policy.of('bybit', plugin.tool('get_positions').get()) == Optional.of(new Freshness(Duration.ofSeconds(2), Duration.ofMinutes(1)))
    }

    def 'bad values, WRITE tools and names of no tool stop the boot with one line each'() {
        given:
        List<String> problems = []
        FreshnessPolicy.load(ConfigSource.of([CACHE_TTL_BYBIT_GET_TICKER : '250 millis',
                                              CACHE_TTL_BYBIT_PLACE_ORDER: '1s',
                                              CACHE_TTL_BYBIT_GET_TIKCER : '1s']), [plugin], problems)

        expect:
        problems == ["CACHE_TTL_BYBIT_GET_TICKER must be 0 or a whole number with ms, s, m or h, e.g. 250ms (got '250 millis')",
                     'CACHE_TTL_BYBIT_PLACE_ORDER: place_order is a WRITE tool; WRITE tools are never cached',
                     'CACHE_TTL_BYBIT_GET_TIKCER names no tool (expected CACHE_TTL_<PLUGIN>_<TOOL>, e.g. CACHE_TTL_BYBIT_GET_TICKER)']
    }
}

class DeclaringTool extends TinyTool {
    Freshness declared

    @Override
    Optional<Freshness> freshness() { Optional.ofNullable(declared) }
}
