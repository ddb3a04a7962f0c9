package io.cerbero.mcp.core.registry

import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.json.JsonMappers
import io.cerbero.mcp.core.policy.LeverageCap
import io.cerbero.mcp.core.spi.ConfigKey
import io.cerbero.mcp.core.spi.RiskLimits
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.PluginContext
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.Upstream
import io.cerbero.mcp.core.spi.UpstreamRequest
import io.cerbero.mcp.core.spi.UpstreamResponse
import io.cerbero.mcp.core.testing.RecordingAuditSink
import io.cerbero.mcp.core.upstream.HttpTransport
import spock.lang.Specification

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CopyOnWriteArrayList
import java.util.function.Function

import static io.cerbero.mcp.core.spi.Environment.MAINNET
import static io.cerbero.mcp.core.spi.Environment.TESTNET

class PluginContextFactorySpec extends Specification {

    static final String TESTNET_URL = 'https://testnet.venue.test'
    static final String LIVE_URL = 'https://live.venue.test'

    Clock clock = Clock.fixed(Instant.parse('2025-01-02T10:00:00Z'), ZoneOffset.UTC)
    RecordingAuditSink audit = new RecordingAuditSink()
    UrlRecordingTransport transport = new UrlRecordingTransport()
    def json = JsonMappers.create()

    /** Like the echo test plugin: one per-environment upstream, an API key and a leverage cap. */
    static TinyPlugin echoLike(List<ConfigKey> keys = [ConfigKey.optionalSecret('API_KEY', 'key')],
                               RiskLimits limits = RiskLimits.maxLeverage('3')) {
        new TinyPlugin(pluginName: 'echo', keys: keys, limits: limits,
                upstreamList: [Upstream.perEnvironment('rest', 'URL', 'https://testnet.echo.invalid',
                        'https://live.echo.invalid', Upstream.UpstreamLimits.perSecond(100))],
                toolList: [TinyTool.read('get_ticker')])
    }

    PluginContextFactory factory(Map<String, String> config) {
        new PluginContextFactory(new HostServices(ConfigSource.of(config), clock, json, audit, transport))
    }

    PluginContext open(Map<String, String> config, Environment environment, TinyPlugin plugin = echoLike()) {
        (factory(config).open(TinyPlugin.registered(plugin), environment) as TinySession).context
    }

    def 'the testnet session is bound to <PREFIX>URL_TESTNET and the mainnet session to <PREFIX>URL_LIVE'() {
        given:
        def config = [ECHO_URL_TESTNET: TESTNET_URL, ECHO_URL_LIVE: LIVE_URL]

        when:
        def testnet = open(config, TESTNET)
        def mainnet = open(config, MAINNET)

        then:
        testnet.upstream('rest').baseUrl() == URI.create(TESTNET_URL)
        mainnet.upstream('rest').baseUrl() == URI.create(LIVE_URL)

        when: 'each session sends a request'
        testnet.upstream().send(UpstreamRequest.get('/ticker', 'symbol=BTC'))
        mainnet.upstream().send(UpstreamRequest.get('/ticker', 'symbol=BTC'))

        then: 'each reaches only its own host'
        transport.urls*.toString() == ["${TESTNET_URL}/ticker?symbol=BTC", "${LIVE_URL}/ticker?symbol=BTC"]*.toString()
    }

    def 'an unset testnet URL falls back to the declared testnet default, never to the live variable'() {
        when:
        def testnet = open([ECHO_URL_LIVE: LIVE_URL, ECHO_URL: LIVE_URL], TESTNET)

        then:
        testnet.upstream('rest').baseUrl() == URI.create('https://testnet.echo.invalid')
    }

    def 'an unset live URL falls back to the declared live default'() {
        expect:
        open([ECHO_URL_TESTNET: TESTNET_URL], MAINNET).upstream('rest').baseUrl() == URI.create('https://live.echo.invalid')
    }

    def 'a testnet URL pointing at the live host (#testnetUrl) is refused with NOT_CONFIGURED'() {
        when:
        open([ECHO_URL_TESTNET: testnetUrl, ECHO_URL_LIVE: LIVE_URL], TESTNET)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('ECHO_URL_TESTNET')
        e.message.contains('live host')
        e.suggestedFix().get().contains('ECHO_URL_TESTNET')
        transport.urls.isEmpty()

        where:
        testnetUrl << [LIVE_URL, LIVE_URL + '/testnet', 'https://LIVE.venue.test', 'https://live.venue.test:443']
    }

    def 'a testnet URL equal to the default live host is refused too'() {
        when:
        open([ECHO_URL_TESTNET: 'https://live.echo.invalid'], TESTNET)

        then:
        thrown(ToolException)
    }

    def 'the same host on another port counts as another host (two local stubs)'() {
        expect:
        open([ECHO_URL_TESTNET: 'http://localhost:8081', ECHO_URL_LIVE: 'http://localhost:8082'], TESTNET)
                .upstream('rest').baseUrl().port == 8081
    }

    def 'an invalid URL (#value) is NOT_CONFIGURED naming the variable but not echoing the value'() {
        when:
        open([(variable): value], environment)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains(variable)
        e.message.contains('not a valid http(s) URL')

        where:
        variable           | environment | value
        'ECHO_URL_TESTNET' | TESTNET     | 'not a url'
        'ECHO_URL_TESTNET' | TESTNET     | 'ftp://testnet.venue.test'
        'ECHO_URL_TESTNET' | TESTNET     | 'https://'
        'ECHO_URL_LIVE'    | MAINNET     | 'file:///etc/passwd'
        'ECHO_URL_LIVE'    | MAINNET     | 'live.venue.test'
    }

    def 'MAX_LEVERAGE from config becomes the risk policy\'s cap, per environment'() {
        given:
        def config = [ECHO_MAX_LEVERAGE_TESTNET: '5', ECHO_MAX_LEVERAGE: '2.5']

        expect:
        open(config, TESTNET).risk().maxLeverage() == 5
        open(config, MAINNET).risk().maxLeverage() == 2.5
        open([:], MAINNET).risk().maxLeverage() == 3
    }

    def 'a plugin that declares no risk limits gets no leverage at all'() {
        expect:
        open([:], TESTNET, echoLike([], null)).risk() == LeverageCap.NONE
        LeverageCap.NONE.maxLeverage() == 1
    }

    def 'a MAX_LEVERAGE of #value is NOT_CONFIGURED naming the variable'() {
        when:
        open([ECHO_MAX_LEVERAGE: value], TESTNET)

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('ECHO_MAX_LEVERAGE')

        where:
        value << ['abc', '0', '-2']
    }

    def 'requireLeverageWithinCap refuses a leverage above the cap with POLICY_REJECTED and details'() {
        given:
        def risk = open([ECHO_MAX_LEVERAGE: '3'], TESTNET).risk()

        when:
        risk.requireLeverageWithinCap(new BigDecimal('3.5'), 'place_order BTC-PERP')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.message.contains('place_order BTC-PERP')
        e.message.contains('3.5x exceeds the gateway cap of 3x')
        e.details() == [max_leverage: 3G, requested_leverage: 3.5G]
        e.suggestedFix().get().contains('MAX_LEVERAGE')
        !e.retryable()
    }

    def 'a leverage at the cap is allowed, and a non-positive one is INVALID_INPUT'() {
        given:
        def risk = open([ECHO_MAX_LEVERAGE: '3'], TESTNET).risk()

        when:
        risk.requireLeverageWithinCap(new BigDecimal('3.00'), 'at cap')

        then:
        noExceptionThrown()

        when:
        risk.requireLeverageWithinCap(BigDecimal.ZERO, 'zero')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
    }

    def 'the context carries the host\'s clock, mapper and audit sink and the environment\'s config'() {
        when:
        def context = open([ECHO_API_KEY_TESTNET: 'test-key-1', ECHO_API_KEY_LIVE: 'live-key-2'], TESTNET)

        then:
        context.pluginName() == 'echo'
        context.environment() == TESTNET
        context.clock().is(clock)
        context.json().is(json)
        context.audit().is(audit)
        context.config().secret('API_KEY').get().reveal() == 'test-key-1'
        context.logger() != null

        and: 'its toString shows no secret'
        !context.toString().contains('test-key-1')
    }

    def 'asking for an undeclared upstream is an IllegalArgumentException'() {
        when:
        open([:], TESTNET).upstream('websocket')

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('websocket')
    }

    def 'openSession runs with the plugin\'s class loader as context loader, restored afterwards'() {
        given:
        def pluginLoader = new URLClassLoader(new URL[0], null)
        ClassLoader seen = null
        def plugin = echoLike()
        plugin.opener = { PluginContext c ->
            seen = Thread.currentThread().contextClassLoader
            new TinySession(c)
        } as Function
        def before = Thread.currentThread().contextClassLoader

        when:
        factory([:]).open(TinyPlugin.registered(plugin, pluginLoader), TESTNET)

        then:
        seen.is(pluginLoader)
        Thread.currentThread().contextClassLoader.is(before)
    }
}

/** Records the URLs it is asked to call and answers 200. */
class UrlRecordingTransport implements HttpTransport {
    final List<URI> urls = new CopyOnWriteArrayList<>()

    @Override
    CompletableFuture<UpstreamResponse> exchangeAsync(URI url, UpstreamRequest request, Duration timeout) {
        urls << url
        CompletableFuture.completedFuture(new UpstreamResponse(200, [:], '{}'))
    }
}
