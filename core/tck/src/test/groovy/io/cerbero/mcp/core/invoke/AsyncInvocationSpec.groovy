package io.cerbero.mcp.core.invoke

import com.github.tomakehurst.wiremock.WireMockServer
import io.cerbero.mcp.core.registry.OrderWithDryRun
import io.cerbero.mcp.core.registry.SymbolInput
import io.cerbero.mcp.core.registry.TinyPlugin
import io.cerbero.mcp.core.spi.AsyncTool
import io.cerbero.mcp.core.spi.AuditEvent
import io.cerbero.mcp.core.spi.Effect
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.PluginSession
import io.cerbero.mcp.core.spi.ToolCall
import io.cerbero.mcp.core.spi.ToolException
import io.cerbero.mcp.core.spi.ToolResult
import io.cerbero.mcp.core.testing.PluginHarness
import io.cerbero.mcp.testplugin.EchoPlugin
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Timeout

import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionStage

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl
import static com.github.tomakehurst.wiremock.client.WireMock.get
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options
import static io.cerbero.mcp.core.spi.Environment.TESTNET
import static io.cerbero.mcp.core.testing.Futures.failureOf

/**
 * invokeAsync, as the server calls it from an I/O thread: a non-blocking READ tool runs right there, everything
 * else is handed to a worker, and every failure arrives in the future as the ToolException a blocking call throws.
 */
@Timeout(30)
class AsyncInvocationSpec extends Specification {

    @Shared WireMockServer venue = new WireMockServer(options().dynamicPort())

    @AutoCleanup PluginHarness echo
    @AutoCleanup PluginHarness scripted

    String thread
    Closure<CompletionStage<ToolResult>> behaviour = { CompletableFuture.completedFuture(ToolResult.of([ok: true])) }

    def setupSpec() { venue.start() }

    def cleanupSpec() { venue.stop() }

    def setup() {
        venue.resetAll()
        echo = new PluginHarness(new EchoPlugin(), [ECHO_URL_TESTNET: venue.baseUrl(), ECHO_URL_LIVE: 'http://127.0.0.2:9'])
        def read = new ThreadNotingTool(name: 'read', effect: Effect.READ, onCall: { thread = Thread.currentThread().name; behaviour.call() })
        def write = new ThreadNotingTool(name: 'write', effect: Effect.WRITE, onCall: { thread = Thread.currentThread().name; behaviour.call() })
        scripted = new PluginHarness(new TinyPlugin(pluginName: 'scripted', toolList: [read, write]), [:])
    }

    def 'the first call of an environment opens its session on a worker, later calls run on the calling thread'() {
        when:
        scripted.callAsync(TESTNET, 'scripted', 'read', '{"symbol":"X"}').join()

        then:
        thread == PluginHarness.WORKER_THREAD

        when:
        def result = scripted.callAsync(TESTNET, 'scripted', 'read', '{"symbol":"X"}').join()

        then:
        thread == Thread.currentThread().name
        result.body().get('ok').asBoolean()
        result.body().get('request_id').asText() == 'req-2'
    }

    def 'a WRITE tool is always handed to a worker, even when it could run without blocking'() {
        given:
        scripted.callAsync(TESTNET, 'scripted', 'read', '{"symbol":"X"}').join()

        when:
        scripted.callAsync(TESTNET, 'scripted', 'write', '{"symbol":"X","dry_run":true}').join()

        then:
        thread == PluginHarness.WORKER_THREAD
        scripted.audit().events()*.phase() == [AuditEvent.Phase.ATTEMPT, AuditEvent.Phase.OUTCOME]
    }

    def 'the echo ticker answers through the non-blocking path with the venue price'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200)
                .withBody('{"price":"101.50","venue":"stub","ts":1735800000000}')))
        echo.call(TESTNET, 'echo', 'get_ticker', '{"symbol":"BTC-PERP"}')

        when:
        def body = echo.callAsync(TESTNET, 'echo', 'get_ticker', '{"symbol":"BTC-PERP"}').join().body()

        then:
        body.get('last').decimalValue() == new BigDecimal('101.50')
        body.get('data_timestamp').asText() == '2025-01-02T06:40:00Z'
        venue.findAll(anyRequestedFor(anyUrl())).size() == 2
    }

    def 'a venue failure on the non-blocking path fails the future with the venue error code'() {
        given:
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(200).withBody('{"price":"1","ts":1}')))
        echo.call(TESTNET, 'echo', 'get_ticker', '{"symbol":"BTC-PERP"}')
        venue.stubFor(get(urlPathEqualTo('/ticker')).willReturn(aResponse().withStatus(403)))

        expect:
        failureOf(echo.callAsync(TESTNET, 'echo', 'get_ticker', '{"symbol":"BTC-PERP"}')).code() == ErrorCode.UPSTREAM_REJECTED
    }

    def 'bad input and unknown tools fail the future at once, and nothing reaches the venue'() {
        expect:
        failureOf(echo.callAsync(TESTNET, 'echo', 'get_ticker', body)).code() == code
        venue.findAll(anyRequestedFor(anyUrl())).isEmpty()

        where:
        body                   | code
        '{"symbol":42}'        | ErrorCode.INVALID_INPUT
        '{"symbol":"BTC PERP"}'| ErrorCode.INVALID_INPUT
        '{'                    | ErrorCode.INVALID_INPUT
    }

    def 'an unknown tool is NOT_FOUND in the future, not thrown at the caller'() {
        when:
        def future = echo.callAsync(TESTNET, 'echo', 'no_such_tool', '{}')

        then:
        notThrown(Throwable)
        failureOf(future).code() == ErrorCode.NOT_FOUND
    }

    def 'a non-blocking tool that #how is #code'() {
        given:
        scripted.callAsync(TESTNET, 'scripted', 'read', '{"symbol":"X"}').join()
        behaviour = failing

        expect:
        failureOf(scripted.callAsync(TESTNET, 'scripted', 'read', '{"symbol":"X"}')).code() == code

        where:
        how                                   | failing                                                                        | code
        'throws a ToolException'              | { throw ToolException.upstreamRejected('no') }                                 | ErrorCode.UPSTREAM_REJECTED
        'fails its stage with a ToolException' | { CompletableFuture.failedFuture(ToolException.upstreamRejected('no')) }      | ErrorCode.UPSTREAM_REJECTED
        'fails its stage with a bug'          | { CompletableFuture.failedFuture(new IllegalStateException('bug')) }            | ErrorCode.UNHANDLED_EXCEPTION
        'returns a null stage'                | { null }                                                                       | ErrorCode.UNHANDLED_EXCEPTION
        'completes with a null result'        | { CompletableFuture.completedFuture(null) }                                    | ErrorCode.UNHANDLED_EXCEPTION
    }
}

/** A non-blocking tool whose stage comes from a closure. */
class ThreadNotingTool implements AsyncTool<PluginSession, Object> {
    String name
    Effect effect
    Closure<CompletionStage<ToolResult>> onCall

    @Override String name() { name }
    @Override String description() { 'notes its thread' }
    @Override Effect effect() { effect }
    @Override Class<Object> inputType() { effect == Effect.WRITE ? OrderWithDryRun : SymbolInput }
    @Override Object example() { effect == Effect.WRITE ? new OrderWithDryRun('X', true) : new SymbolInput('X') }
    @Override CompletionStage<ToolResult> handleAsync(PluginSession session, Object input, ToolCall call) { onCall.call() }
}
