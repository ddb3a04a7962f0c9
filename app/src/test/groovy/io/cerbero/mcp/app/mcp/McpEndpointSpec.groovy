package io.cerbero.mcp.app.mcp

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.spi.AuditEvent
import io.modelcontextprotocol.client.McpClient
import io.modelcontextprotocol.client.McpSyncClient
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport
import io.modelcontextprotocol.spec.McpSchema
import org.slf4j.LoggerFactory
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.net.http.HttpRequest
import java.time.Duration

import static com.github.tomakehurst.wiremock.client.WireMock.*

/** The MCP endpoint driven by the official MCP Java SDK client over Streamable HTTP. */
class McpEndpointSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()
    @Shared ObjectMapper json = new ObjectMapper()
    List<McpSyncClient> clients = []

    def setup() {
        gw.resetVenues()
        [gw.testnet, gw.live].each {
            it.stubFor(get(urlPathEqualTo('/ticker')).willReturn(okJson(
                    """{"price":"101.25","venue":"${it.is(gw.testnet) ? 'testnet' : 'live'}","ts":1735812000000}""")))
            it.stubFor(post(urlPathEqualTo('/order')).willReturn(okJson('{"ok":true}')))
        }
    }

    def cleanup() {
        clients.each { it.closeGracefully() }
    }

    /** An initialized SDK client with the given bearer token and, when not null, an X-Bot-Tag header. */
    McpSyncClient client(String token = GatewayFixture.TESTNET_TOKEN, String botTag = null) {
        def request = HttpRequest.newBuilder().header('Authorization', "Bearer ${token}")
        if (botTag != null) request.header('X-Bot-Tag', botTag)
        def transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:${gw.server.port}")
                .endpoint('/mcp')
                .requestBuilder(request)
                .build()
        def client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation('spec-agent', '1.0'))
                .requestTimeout(Duration.ofSeconds(20))
                .build()
        clients << client
        client.initialize()
        client
    }

    static McpSchema.CallToolRequest call(String name, Map arguments) {
        new McpSchema.CallToolRequest(name, arguments)
    }

    def 'an MCP client initializes and learns it talks to a tool server'() {
        when:
        def result = client().initialize()

        then:
        result.serverInfo().name() == 'cerbero-mcp'
        result.capabilities().tools() != null
        result.instructions().contains('dry_run')
    }

    def 'tools/list offers every plugin tool as <plugin>_<tool> with the REST schemas and effect hints'() {
        when:
        def tools = client().listTools().tools().collectEntries { [it.name(), it] }
        def rest = gw.read(gw.get('/mcp-echo/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot')).tools
                .collectEntries { [it.get('name').asText(), it] }
        def ticker = tools['echo_get_ticker']
        def order = tools['echo_submit_order']

        then:
        tools.keySet().containsAll(['echo_get_ticker', 'echo_submit_order', 'echo_explode', 'bybit_get_ticker'])
        json.valueToTree(ticker.inputSchema()) == rest['get_ticker'].input_schema
        ticker.outputSchema()['properties'].keySet().containsAll(['last', 'request_id', 'data_timestamp'])
        ticker.description().contains('[echo]')
        ticker.annotations().readOnlyHint() && ticker.annotations().idempotentHint()
        !ticker.annotations().destructiveHint()
        !order.annotations().readOnlyHint() && order.annotations().destructiveHint()
        !order.annotations().idempotentHint()
        json.valueToTree(order.inputSchema()).get('properties').has('dry_run')
    }

    def 'a READ tool called with the testnet token reaches only the testnet venue'() {
        when:
        def result = client().callTool(call('echo_get_ticker', [symbol: 'BTC-PERP']))
        def structured = result.structuredContent()

        then:
        !result.isError()
        structured.venue_specific.venue == 'testnet'
        structured.last == 101.25
        structured.data_timestamp == '2025-01-02T10:00:00Z'
        json.readValue(((McpSchema.TextContent) result.content()[0]).text(), Map) == structured
        gw.testnet.allServeEvents.size() == 1
        gw.live.allServeEvents.isEmpty()
    }

    def 'a READ tool called with the mainnet token reaches only the live venue'() {
        when:
        def result = client(GatewayFixture.MAINNET_TOKEN).callTool(call('echo_get_ticker', [symbol: 'BTC-PERP']))

        then:
        !result.isError()
        result.structuredContent().venue_specific.venue == 'live'
        gw.live.allServeEvents.size() == 1
        gw.testnet.allServeEvents.isEmpty()
    }

    def 'a WRITE tool with dry_run sends nothing, keeps decimals exact, and is audited under the client name'() {
        when:
        def result = client().callTool(call('echo_submit_order',
                [symbol: 'BTC-PERP', side: 'buy', qty: new BigDecimal('0.010'), dry_run: true]))
        def events = gw.audit.events()

        then:
        !result.isError()
        result.structuredContent().status == 'dry_run'
        result.structuredContent().request.contains('"qty":"0.010"')
        gw.venueRequests() == 0
        events*.phase() == [AuditEvent.Phase.ATTEMPT, AuditEvent.Phase.OUTCOME]
        events*.outcome() == ['attempt', 'dry_run']
        events.every { it.botTag() == 'spec-agent' && it.plugin() == 'echo' && it.tool() == 'submit_order' }
        events.every { it.requestId() == result.structuredContent().request_id }
    }

    def 'an X-Bot-Tag header names the bot rather than the client info'() {
        when:
        client(GatewayFixture.TESTNET_TOKEN, 'grid-bot-1').callTool(call('echo_submit_order',
                [symbol: 'BTC-PERP', side: 'sell', qty: 0.5, leverage: 2]))

        then:
        gw.audit.events()*.botTag() == ['grid-bot-1', 'grid-bot-1']
        gw.audit.events()*.outcome() == ['attempt', 'ok']
        gw.testnet.allServeEvents.size() == 1
    }

    def 'an order above the leverage cap is an error result with the POLICY_REJECTED envelope, never sent'() {
        when:
        def result = client().callTool(call('echo_submit_order',
                [symbol: 'BTC-PERP', side: 'buy', qty: 1, leverage: 10]))
        def error = result.structuredContent().error

        then:
        result.isError()
        error.code == 'POLICY_REJECTED'
        error.type == 'policy_error'
        error.details.max_leverage == 3
        json.readValue(((McpSchema.TextContent) result.content()[0]).text(), Map) == result.structuredContent()
        gw.venueRequests() == 0
        gw.audit.events()*.outcome() == ['attempt', 'POLICY_REJECTED']
    }

    def 'a bad argument is an INVALID_INPUT error result that never reaches the venue'() {
        when:
        def result = client().callTool(call('echo_get_ticker', arguments))

        then:
        result.isError()
        result.structuredContent().error.code == 'INVALID_INPUT'
        result.structuredContent().error.message.contains(mentions)
        gw.venueRequests() == 0

        where:
        arguments                          | mentions
        [symbol: 'BTC-PERP', depth: 0]     | 'depth'
        [symbol: 'BTC-PERP', colour: 'red']| 'colour'
        [:]                                | 'symbol'
        [symbol: true]                     | 'symbol'
    }

    def 'a tool that fails unexpectedly is an error result without a stack trace or secret'() {
        when:
        def result = client().callTool(call('echo_explode', [:]))
        def text = ((McpSchema.TextContent) result.content()[0]).text()

        then:
        result.isError()
        result.structuredContent().error.code == 'UNHANDLED_EXCEPTION'
        !text.contains('Exception') || !text.contains('at io.')
        !text.contains(GatewayFixture.ECHO_SECRET)
    }

    def 'an unknown tool is a JSON-RPC error'() {
        when:
        client().callTool(call('echo_nope', [:]))

        then:
        def e = thrown(io.modelcontextprotocol.spec.McpError)
        e.message.contains('echo_nope') || e.jsonRpcError.message().contains('Unknown tool')
        gw.venueRequests() == 0
    }

    def 'the endpoint wants the bearer token: without it the answer is 401 and nothing runs'() {
        when:
        def response = gw.post('/mcp', '{"jsonrpc":"2.0","id":1,"method":"tools/list"}', token, null)

        then:
        response.statusCode() == 401
        gw.read(response).error.code.asText() == 'UNAUTHORIZED'

        where:
        token << [null, 'wrong-token-wrong-token']
    }

    def 'GET /mcp answers 405 (no SSE stream) and a body that is not one JSON-RPC message a 400 envelope'() {
        expect:
        gw.get('/mcp', GatewayFixture.TESTNET_TOKEN).statusCode() == 405

        when:
        def response = gw.post('/mcp', body, GatewayFixture.TESTNET_TOKEN, null)

        then:
        response.statusCode() == 400
        gw.read(response).error.code.asText() == 'BAD_REQUEST'
        gw.read(response).error.message.asText().contains('JSON-RPC')

        where:
        body << ['{"not":"json-rpc"', '{"not":"json-rpc"}', '']
    }

    def 'a sent X-Bot-Tag must be valid on the MCP endpoint too'() {
        expect:
        gw.post('/mcp', '{"jsonrpc":"2.0","id":1,"method":"tools/list"}', GatewayFixture.TESTNET_TOKEN, '')
                .statusCode() == 400
    }

    def 'the request log names the plugin and tool of a tools/call, and the bot'() {
        given:
        ListAppender<ILoggingEvent> appender = new ListAppender<>()
        Logger logger = (Logger) LoggerFactory.getLogger('mcp.request')
        appender.start()
        logger.addAppender(appender)

        when:
        def result = client().callTool(call('echo_get_ticker', [symbol: 'BTC-PERP']))
        def requestId = result.structuredContent().request_id
        def line = json.readTree(appender.list*.formattedMessage.find { it.contains(requestId) })

        then:
        line.path.asText() == '/mcp'
        line.exchange.asText() == 'echo'
        line.tool.asText() == 'get_ticker'
        line.bot_tag.asText() == 'spec-agent'
        line.actor.asText() == 'testnet'

        cleanup:
        logger.detachAppender(appender)
    }
}
