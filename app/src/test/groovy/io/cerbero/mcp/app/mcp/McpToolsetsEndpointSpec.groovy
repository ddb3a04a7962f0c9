package io.cerbero.mcp.app.mcp

import io.cerbero.mcp.app.support.GatewayFixture
import io.modelcontextprotocol.client.McpClient
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport
import io.modelcontextprotocol.spec.McpError
import io.modelcontextprotocol.spec.McpSchema
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.net.http.HttpRequest
import java.time.Duration

class McpToolsetsEndpointSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture([MCP_TOOLSETS: 'echo, read-only'])

    def 'MCP_TOOLSETS narrows the MCP tools to the named plugins READ tools, and the others cannot be called'() {
        given:
        def transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:${gw.server.port}")
                .endpoint('/mcp')
                .requestBuilder(HttpRequest.newBuilder().header('Authorization', "Bearer ${GatewayFixture.TESTNET_TOKEN}"))
                .build()
        def client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build()
        client.initialize()

        when:
        def names = client.listTools().tools()*.name()

        then:
        names as Set == ['echo_get_ticker', 'echo_explode'] as Set

        when:
        client.callTool(new McpSchema.CallToolRequest('echo_submit_order',
                [symbol: 'BTC-PERP', side: 'buy', qty: 1, dry_run: true]))

        then:
        thrown(McpError)
        gw.audit.events().isEmpty()

        and: 'REST is not scoped'
        gw.post('/mcp-echo/tools/submit_order', '{"symbol":"BTC-PERP","side":"buy","qty":1,"dry_run":true}')
                .statusCode() == 200

        cleanup:
        client?.closeGracefully()
    }
}
