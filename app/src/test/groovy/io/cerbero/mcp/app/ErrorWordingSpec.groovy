package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import io.cerbero.mcp.core.testing.ExchangePluginContract
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/** Error envelopes speak the API, not Java, across the whole hostile-body corpus and every echo tool. */
class ErrorWordingSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()

    def 'no answer to a hostile body names a Java class, a package or a Jackson phrase'() {
        given:
        def tools = gw.read(gw.get('/mcp-echo/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot')).tools*.get('name')*.asText()
        List<String> javaSpeak = []
        int answered = 0

        when:
        HostileInputSpec.hostileBodies().each { body ->
            tools.each { tool ->
                def envelope = gw.read(gw.post("/mcp-echo/tools/${tool}", body)).path('error')
                answered++
                String said = envelope.path('message').asText() + ' ' + envelope.path('suggested_fix').asText()
                if (ExchangePluginContract.JAVA_IN_MESSAGES.any { said.contains(it) }) {
                    javaSpeak << "${tool} ${body.take(50)} -> ${said.take(200)}".toString()
                }
            }
        }

        then:
        answered >= 600
        javaSpeak.isEmpty()
    }

    def 'a wrong whole number is told in the API\'s words'() {
        when:
        def error = gw.read(gw.post('/mcp-echo/tools/get_ticker', '{"symbol":"BTC-PERP","depth":"five"}')).error

        then:
        error.message.asText() == 'depth must be a whole number (got "five")'
    }

    def 'an unknown tool suggests the closest name'() {
        when:
        def response = gw.post('/mcp-echo/tools/get_tikcer', '{}')

        then:
        response.statusCode() == 404
        gw.read(response).error.message.asText() == "plugin 'echo' has no tool 'get_tikcer'; did you mean 'get_ticker'?"
    }
}
