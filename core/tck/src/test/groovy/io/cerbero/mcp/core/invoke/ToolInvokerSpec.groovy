package io.cerbero.mcp.core.invoke

import com.github.tomakehurst.wiremock.WireMockServer
import io.cerbero.mcp.core.analytics.AnalyticsInputException
import io.cerbero.mcp.core.registry.TinyPlugin
import io.cerbero.mcp.core.registry.SymbolInput
import io.cerbero.mcp.core.spi.AuditEvent
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.Effect
import io.cerbero.mcp.core.spi.PluginSession
import io.cerbero.mcp.core.spi.Tool
import io.cerbero.mcp.core.spi.ToolCall
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.ToolResult
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.core.testing.VenuePair
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.post
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static io.cerbero.mcp.core.spi.Environment.MAINNET
import static io.cerbero.mcp.core.spi.Environment.TESTNET

class ToolInvokerSpec extends Specification {

    static final String SECRET = 'echo-secret-9d2f71'
    static final String ORDER = '{"symbol":"BTC-PERP","side":"buy","qty":"0.01","leverage":"2","dry_run":%s}'

    @Shared VenuePair venue = new VenuePair('ECHO')

    @AutoCleanup PluginHarness h

    WireMockServer getTestnet() { venue.testnet }

    WireMockServer getLive() { venue.live }

    def setupSpec() {
        venue.start()
    }

    def cleanupSpec() {
        venue.stop()
    }

    def setup() {
        venue.reset()
        h = harness()
    }

    PluginHarness harness(Map<String, String> extra = [:]) {
        new PluginHarness(new EchoPlugin(), venue.config([ECHO_API_KEY: SECRET] + extra))
    }

    int requestsSeenBy(WireMockServer server) {
        server.findAll(anyRequestedFor(anyUrl())).size()
    }

    def 'a successful call returns the tool body plus request_id and the data timestamp the tool gave'() {
        given:
        testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200)
                .withBody('{"price":"101.50","venue":"stub","ts":1735800000000}')))

        when:
        def result = h.call(TESTNET, 'echo', 'get_ticker', '{"symbol":"BTC-PERP"}')

        then:
        result.body().get('symbol').asText() == 'BTC-PERP'
        result.body().get('last').decimalValue() == new BigDecimal('101.50')
        result.body().get('request_id').asText() == 'req-1'
        result.body().get('data_timestamp').asText() == '2025-01-02T06:40:00Z'
        result.dataTimestamp() == Instant.ofEpochMilli(1735800000000L)

        and: 'the call reached the testnet stub, with the key, and nothing reached live'
        def sent = testnet.findAll(anyRequestedFor(anyUrl()))
        sent*.url == ['/ticker?symbol=BTC-PERP']
        sent[0].getHeader('X-Api-Key') == SECRET
        requestsSeenBy(live) == 0
    }

    def 'a mainnet call reaches only the live stub'() {
        given:
        live.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200)
                .withBody('{"price":"1","venue":"live","ts":1735800000000}')))

        when:
        h.call(MAINNET, 'echo', 'get_ticker', '{"symbol":"BTC-PERP"}')

        then:
        requestsSeenBy(live) == 1
        requestsSeenBy(testnet) == 0
    }

    def 'without a timestamp from the tool, data_timestamp is the host clock'() {
        when:
        def result = h.call(TESTNET, 'echo', 'submit_order', String.format(ORDER, 'true'))

        then:
        result.body().get('status').asText() == 'dry_run'
        result.body().get('data_timestamp').asText() == PluginHarness.NOW.toString()
        result.dataTimestamp() == PluginHarness.NOW
        requestsSeenBy(testnet) == 0
    }

    def 'an unknown #what is NOT_FOUND'() {
        when:
        h.call(TESTNET, plugin, tool, '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_FOUND
        e.message.contains(named)
        e.suggestedFix().isPresent()

        where:
        what     | plugin   | tool          || named
        'plugin' | 'bybit'  | 'get_ticker'  || "no plugin named 'bybit'"
        'tool'   | 'echo'   | 'get_candles' || "has no tool 'get_candles'"
    }

    def 'a very long unknown tool name is clipped in the message'() {
        when:
        h.call(TESTNET, 'echo', 'x' * 5000, '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_FOUND
        e.message.length() < 200
    }

    def 'a WRITE dry run is audited as ATTEMPT then OUTCOME dry_run, with the same request id'() {
        when:
        h.call(TESTNET, 'echo', 'submit_order', String.format(ORDER, 'true'))
        List<AuditEvent> events = h.audit().events()

        then:
        events*.phase() == [AuditEvent.Phase.ATTEMPT, AuditEvent.Phase.OUTCOME]
        events*.outcome() == ['attempt', 'dry_run']
        events*.requestId().unique() == ['req-1']
        events.every { it.plugin() == 'echo' && it.tool() == 'submit_order' && it.environment() == TESTNET }
        events.every { it.botTag() == 'spec' && it.time() == PluginHarness.NOW }
        events[0].input().get('dry_run').booleanValue()
        events[0].input().get('qty').decimalValue() == new BigDecimal('0.01')
        events[0].result() == null
        events[1].result().get('status').asText() == 'dry_run'
    }

    def 'a WRITE that reaches the venue is audited with outcome ok'() {
        given:
        testnet.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(200).withBody('{}')))

        when:
        h.call(TESTNET, 'echo', 'submit_order', String.format(ORDER, 'false'))

        then:
        h.audit().events()*.outcome() == ['attempt', 'ok']
        requestsSeenBy(testnet) == 1
    }

    def 'a failed WRITE is audited with its error code as outcome (#code)'() {
        given:
        testnet.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(status)))

        when:
        h.call(TESTNET, 'echo', 'submit_order', String.format(ORDER, 'false'))

        then:
        def e = thrown(ToolException)
        e.code() == code
        h.audit().events()*.outcome() == ['attempt', code.name()]
        h.audit().events()[1].result().get('message').asText() == e.message

        where:
        status || code
        400    || ErrorCode.UPSTREAM_REJECTED
        503    || ErrorCode.UPSTREAM_ERROR
    }

    def 'a READ call is not audited'() {
        given:
        testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200)
                .withBody('{"price":"1","venue":"stub","ts":1}')))

        when:
        h.call(TESTNET, 'echo', 'get_ticker', '{"symbol":"BTC-PERP"}')

        then:
        h.audit().events().isEmpty()
    }

    def 'an unexpected exception is UNHANDLED_EXCEPTION whose message holds no secret'() {
        when:
        h.call(TESTNET, 'echo', 'explode', '{}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UNHANDLED_EXCEPTION
        !e.message.contains(SECRET)
        !e.message.contains('kaboom')
        e.message.contains('req-1')
        e.cause == null
        e.details().isEmpty()
        !e.suggestedFix().orElse('').contains(SECRET)
    }

    def 'a leverage above the cap is POLICY_REJECTED and the venue sees no request'() {
        when:
        h.call(TESTNET, 'echo', 'submit_order',
                '{"symbol":"BTC-PERP","side":"buy","qty":"0.01","leverage":"5","dry_run":false}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.POLICY_REJECTED
        e.details().requested_leverage == 5G
        e.details().max_leverage == 3G
        requestsSeenBy(testnet) == 0
        requestsSeenBy(live) == 0
        h.audit().events()*.outcome() == ['attempt', 'POLICY_REJECTED']
    }

    def 'a raised cap lets the same order through, with the exact body on the wire'() {
        given:
        def raised = harness([ECHO_MAX_LEVERAGE_TESTNET: '10'])
        testnet.stubFor(post(urlPathEqualTo('/order')).willReturn(aResponse().withStatus(200)))

        when:
        raised.call(TESTNET, 'echo', 'submit_order',
                '{"symbol":"BTC-PERP","side":"sell","qty":"0.010","leverage":"5","dry_run":false}')

        then:
        testnet.findAll(anyRequestedFor(anyUrl()))*.bodyAsString == ['{"symbol":"BTC-PERP","side":"sell","qty":"0.010"}']

        cleanup:
        raised?.close()
    }

    def 'invalid input is refused before any session is opened, and a refused write attempt is still audited'() {
        when:
        h.call(TESTNET, 'echo', 'submit_order', '{"symbol":"BTC-PERP","side":"hold","qty":"1"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        h.sessions().openSessions().isEmpty()
        h.audit().events()*.phase()*.name() == ['ATTEMPT', 'OUTCOME']
        h.audit().events()*.outcome() == ['attempt', 'INVALID_INPUT']
        h.audit().events().every { it.input() == null }
    }

    def 'invalid input to a READ tool writes no audit record'() {
        when:
        h.call(TESTNET, 'echo', 'get_ticker', '{"symbol":1}')

        then:
        thrown(ToolException)
        h.audit().events().isEmpty()
    }

    def 'a testnet URL pointing at the live host makes the call NOT_CONFIGURED, audited, with nothing sent'() {
        given:
        def misrouted = harness([ECHO_URL_TESTNET: live.baseUrl()])

        when:
        misrouted.call(TESTNET, 'echo', 'submit_order', String.format(ORDER, 'false'))

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        misrouted.audit().events()*.outcome() == ['attempt', 'NOT_CONFIGURED']
        requestsSeenBy(live) == 0
        requestsSeenBy(testnet) == 0

        cleanup:
        misrouted?.close()
    }

    def 'one session per environment is opened and reused across calls'() {
        when:
        3.times { h.call(TESTNET, 'echo', 'submit_order', String.format(ORDER, 'true')) }
        h.call(MAINNET, 'echo', 'submit_order', String.format(ORDER, 'true'))

        then:
        h.sessions().openSessions().keySet()*.toString() == ['echo/mainnet', 'echo/testnet']
    }

    // --- host behaviour around unusual tool results, with a scripted tool ---

    static PluginHarness scripted(ClassLoader loader = ToolInvokerSpec.classLoader, Closure<ToolResult> behaviour) {
        def plugin = new TinyPlugin(pluginName: 'scripted', toolList: [new ScriptedTool(behaviour: behaviour)])
        new PluginHarness(plugin, [:], Clock.fixed(PluginHarness.NOW, ZoneOffset.UTC), loader)
    }

    def 'request_id and data_timestamp the tool set itself are kept'() {
        given:
        def s = scripted { ToolResult.of([request_id: 'venue-77', data_timestamp: '2024-12-31T00:00:00Z', v: 1]) }

        when:
        def body = s.call(TESTNET, 'scripted', 'run', '{"symbol":"X"}').body()

        then:
        body.get('request_id').asText() == 'venue-77'
        body.get('data_timestamp').asText() == '2024-12-31T00:00:00Z'

        cleanup:
        s?.close()
    }

    def 'a tool result that is #what is UNHANDLED_EXCEPTION'() {
        given:
        def s = scripted(behaviour)

        when:
        s.call(TESTNET, 'scripted', 'run', '{"symbol":"X"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.UNHANDLED_EXCEPTION

        cleanup:
        s?.close()

        where:
        what              | behaviour
        'not an object'   | { ToolResult.of([1, 2, 3]) }
        'null'            | { null }
        'a linkage error' | { throw new NoClassDefFoundError('com/example/Missing') }
    }

    def 'an analytics input error from a tool is INVALID_INPUT with its message'() {
        given:
        def s = scripted { throw new AnalyticsInputException('closes', 'needs at least 15 values') }

        when:
        s.call(TESTNET, 'scripted', 'run', '{"symbol":"X"}')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.INVALID_INPUT
        e.message.contains('at least 15 values')

        cleanup:
        s?.close()
    }

    def 'the handler runs with the plugin class loader as context loader, restored afterwards'() {
        given:
        ClassLoader seen = null
        def pluginLoader = new URLClassLoader(new URL[0], null)
        def s = scripted(pluginLoader) { seen = Thread.currentThread().contextClassLoader; ToolResult.of([ok: true]) }
        def before = Thread.currentThread().contextClassLoader

        when:
        s.call(TESTNET, 'scripted', 'run', '{"symbol":"X"}')

        then:
        seen.is(pluginLoader)
        Thread.currentThread().contextClassLoader.is(before)

        cleanup:
        s?.close()
    }
}

/** A READ tool whose handler is a closure. */
class ScriptedTool implements Tool<PluginSession, SymbolInput> {
    Closure<ToolResult> behaviour

    @Override String name() { 'run' }
    @Override String description() { 'runs a closure' }
    @Override Effect effect() { Effect.READ }
    @Override Class<SymbolInput> inputType() { SymbolInput }
    @Override SymbolInput example() { new SymbolInput('X') }
    @Override ToolResult handle(PluginSession session, SymbolInput input, ToolCall call) { behaviour.call() }
}
