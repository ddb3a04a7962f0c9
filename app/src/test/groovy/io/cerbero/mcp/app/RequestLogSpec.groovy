package io.cerbero.mcp.app

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import com.fasterxml.jackson.databind.ObjectMapper
import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.registry.SessionRegistry
import io.cerbero.mcp.testplugin.EchoSession
import org.slf4j.LoggerFactory
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.*

class RequestLogSpec extends Specification {

    def 'every request leaves one JSON line on mcp.request, and shutdown closes every session'() {
        given:
        def appender = new ListAppender<ILoggingEvent>()
        appender.start()
        Logger logger = (Logger) LoggerFactory.getLogger('mcp.request')
        logger.addAppender(appender)
        def gw = new GatewayFixture()
        gw.testnet.stubFor(get(urlPathEqualTo('/ticker')).willReturn(okJson('{"price":"1","venue":"t","ts":1}')))

        when:
        def response = gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP"}', GatewayFixture.TESTNET_TOKEN, 'log-bot')
        def requestId = response.headers().firstValue('X-Request-Id').get()
        def line = new ObjectMapper().readTree(appender.list.find { it.formattedMessage.contains(requestId) }.formattedMessage)

        then:
        line.request_id.asText() == requestId
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

        cleanup:
        logger.detachAppender(appender)
    }
}
