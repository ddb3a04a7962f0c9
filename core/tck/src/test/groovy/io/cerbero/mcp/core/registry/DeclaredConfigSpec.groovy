package io.cerbero.mcp.core.registry

import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.spi.ConfigKey
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.PluginContext
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.Upstream
import io.cerbero.mcp.core.testing.RecordingAuditSink
import io.cerbero.mcp.core.upstream.HttpTransport
import spock.lang.Specification

import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import java.util.function.Function

import static io.cerbero.mcp.core.spi.Environment.MAINNET
import static io.cerbero.mcp.core.spi.Environment.TESTNET

/** What the host does with declared config keys: required ones checked before a session opens; shared secrets warned. */
class DeclaredConfigSpec extends Specification {

    static final Upstream PER_ENVIRONMENT = Upstream.perEnvironment('rest', 'URL', 'https://testnet.v.invalid',
            'https://live.v.invalid', Upstream.UpstreamLimits.perSecond(10))

    static TinyPlugin plugin(List<ConfigKey> keys, List<Upstream> upstreams = [PER_ENVIRONMENT]) {
        new TinyPlugin(pluginName: 'venue', keys: keys, upstreamList: upstreams, toolList: [TinyTool.read('get_ticker')])
    }

    PluginContextFactory factory(Map<String, String> config) {
        new PluginContextFactory(new io.cerbero.mcp.core.registry.HostServices(ConfigSource.of(config),
                Clock.fixed(Instant.parse('2025-01-02T10:00:00Z'), ZoneOffset.UTC), JsonMappers.create(),
                new RecordingAuditSink(), Stub(HttpTransport)))
    }

    def 'a required #kind key that is missing is NOT_CONFIGURED naming the variable, and the plugin never opens'() {
        given:
        def p = plugin([key])
        boolean opened = false
        p.opener = { PluginContext c -> opened = true; new TinySession(c) } as Function

        when:
        factory([:]).open(TinyPlugin.registered(p), TESTNET)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message == "VENUE_${key.name()} is not set for this environment"
        e.suggestedFix().get().contains("VENUE_${key.name()}")
        !opened

        where:
        kind     | key
        'plain'  | ConfigKey.required('ACCOUNT', 'account id')
        'secret' | ConfigKey.secret('API_SECRET', 'signing key')
    }

    def 'a required key set for this environment only opens this environment'() {
        given:
        def p = TinyPlugin.registered(plugin([ConfigKey.secret('API_SECRET', 'signing key')]))
        def f = factory([VENUE_API_SECRET_TESTNET: 'testnet-secret'])

        when:
        f.open(p, TESTNET)

        then:
        noExceptionThrown()

        when:
        f.open(p, MAINNET)

        then:
        def e = thrown(ToolException)
        e.message == 'VENUE_API_SECRET is not set for this environment'
    }

    def 'a secret set only without suffix is warned about once per plugin and key, naming variables and never the value'() {
        given:
        def registered = TinyPlugin.registered(plugin([ConfigKey.optionalSecret('API_KEY', 'key'),
                                                       ConfigKey.optionalSecret('API_SECRET', 'secret'),
                                                       ConfigKey.withDefault('RECV_WINDOW', '5000', 'plain')]))

        when:
        def lines = SharedSecretCheck.warnings([registered], ConfigSource.of(
                [VENUE_API_KEY: 'shared-key-1', VENUE_API_SECRET: 'shared-secret-2', VENUE_RECV_WINDOW: '10']))

        then:
        lines.size() == 2
        lines[0] == 'plugin venue: VENUE_API_KEY is set without VENUE_API_KEY_TESTNET / _LIVE, so the same secret is ' +
                'sent to the testnet and the live host; set VENUE_API_KEY_TESTNET and VENUE_API_KEY_LIVE instead'
        lines[1].startsWith('plugin venue: VENUE_API_SECRET is set without')
        lines.every { !it.contains('shared-') }
    }

    def 'no warning when #why'() {
        given:
        def registered = TinyPlugin.registered(plugin([ConfigKey.optionalSecret('API_SECRET', 'secret')], upstreams))

        expect:
        SharedSecretCheck.warnings([registered], ConfigSource.of(config)).isEmpty()

        where:
        why                                                  | config                                                      | upstreams
        'the secret is set per environment'                  | [VENUE_API_SECRET_TESTNET: 'a', VENUE_API_SECRET_LIVE: 'b'] | [PER_ENVIRONMENT]
        'one environment has its own value'                  | [VENUE_API_SECRET: 'a', VENUE_API_SECRET_LIVE: 'b']         | [PER_ENVIRONMENT]
        'the secret is not set at all'                       | [:]                                                         | [PER_ENVIRONMENT]
        'both environments reach the same host anyway'       | [VENUE_API_SECRET: 'a']                                     | [Upstream.shared('data', 'URL', 'https://data.invalid', Upstream.UpstreamLimits.perSecond(1))]
    }
}
