package io.cerbero.mcp.app

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.registry.SessionRegistry
import io.cerbero.mcp.testplugin.EchoSession
import org.slf4j.LoggerFactory
import spock.lang.Specification

import java.net.http.HttpResponse

import static com.github.tomakehurst.wiremock.client.WireMock.*

class RequestLogSpec extends Specification {
    ListAppender<ILoggingEvent> appender = new ListAppender<>()
    Logger logger = (Logger) LoggerFactory.getLogger('mcp.request')
    GatewayFixture gw

    def setup() {
        appender.start()
        logger.addAppender(appender)
        gw = new GatewayFixture()
    }

    def cleanup() {
        logger.detachAppender(appender)
        gw.close()
    }

    def 'every request leaves one JSON line on mcp.request, and shutdown closes every session'() {
        given:
        gw.testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(okJson('{"price":"1","venue":"t","ts":1}')))

        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}', GatewayFixture.TESTNET_TOKEN, 'log-bot')
        def line = lineFor(response)

        then:
        line.request_id.asText() == response.headers().firstValue('X-Request-Id').get()
        line.method.asText() == 'POST'
        line.path.asText() == '/mcp-echo/tools/get_ticker'
        line.status_code.asInt() == 200
        line.duration_ms.asLong() >= 0
        line.actor.asText() == 'testnet'
        line.bot_tag.asText() == 'log-bot'
        line.exchange.asText() == 'echo'
        line.tool.asText() == 'get_ticker'
        line.client_ip.asText() == '127.0.0.1'
        line.has('user_agent')
        !appender.list*.formattedMessage.any { it.contains(GatewayFixture.TESTNET_TOKEN) }

        when:
        def session = (EchoSession) gw.context.getBean(SessionRegistry).openSessions().values().first()
        gw.close()

        then:
        session.isClosed()
    }

    def 'a log line is valid JSON whatever the caller sends, with null for what a route does not have'() {
        given:
        def hostileTag = 'bot "quoted" \\ {"status_code":500}'

        when:
        def health = lineFor(gw.get('/health'))
        def tool = lineFor(gw.post('/mcp-echo/tools/no_such_tool', '{}', GatewayFixture.TESTNET_TOKEN, hostileTag))

        then: 'a public route has no actor, bot tag, exchange or tool: JSON nulls, not missing fields or "null" strings'
        ['actor', 'bot_tag', 'exchange', 'tool'].every { health.has(it) && health.get(it).isNull() }
        health.status_code.asInt() == 200

        and: 'quotes and backslashes in a header stay inside their string'
        tool.bot_tag.asText() == hostileTag
        tool.status_code.asInt() == 404
        tool.size() == health.size()
    }

    private JsonNode lineFor(HttpResponse<String> response) {
        def requestId = response.headers().firstValue('X-Request-Id').get()
        new ObjectMapper().readTree(appender.list.find { it.formattedMessage.contains(requestId) }.formattedMessage)
    }
}
