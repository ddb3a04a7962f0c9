package io.cerbero.mcp.app

import io.cerbero.mcp.app.support.GatewayFixture
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * Each plugin publishes the config variables it reads (name, description, secret, required, default), on its tag in
 * /openapi.json ({@code x-config}) and in its tool list ({@code config}); never a value.
 */
class ConfigDocsSpec extends Specification {

    @Shared @AutoCleanup GatewayFixture gw = new GatewayFixture()

    Map<String, Map> byVariable(node) {
        node.collectEntries { [(it.variable.asText()): [description: it.description.asText(), secret: it.secret.asBoolean(),
                                                          required: it.required.asBoolean(),
                                                          default: it.has('default') ? it.get('default').asText() : null]] }
    }

    def 'the echo tag in /openapi.json lists every variable the plugin reads'() {
        when:
        def doc = gw.read(gw.get('/openapi.json'))
        def echo = doc.tags.find { it.name.asText() == 'echo' }
        def config = byVariable(echo.get('x-config'))

        then:
        config.ECHO_API_KEY == [description: 'key sent as X-Api-Key', secret: true, required: false, default: null]
        config.ECHO_MAX_LEVERAGE.default == '3'
        !config.ECHO_MAX_LEVERAGE.secret
        config.ECHO_URL_TESTNET.default == 'https://testnet.echo.invalid'
        config.ECHO_URL_LIVE.default == 'https://live.echo.invalid'
    }

    def 'GET /mcp-echo/tools carries the same list as a top-level config array'() {
        when:
        def list = gw.read(gw.get('/mcp-echo/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot'))
        def doc = gw.read(gw.get('/openapi.json'))

        then:
        byVariable(list.config) == byVariable(doc.tags.find { it.name.asText() == 'echo' }.get('x-config'))
        list.config*.get('variable')*.asText().contains('ECHO_API_KEY')
    }

    def 'no configured value appears, least of all the secret, though ECHO_API_KEY is set'() {
        expect:
        !gw.get('/openapi.json').body().contains(GatewayFixture.ECHO_SECRET)
        !gw.get('/mcp-echo/tools', GatewayFixture.TESTNET_TOKEN, 'spec-bot').body().contains(GatewayFixture.ECHO_SECRET)
        !gw.get('/openapi.json').body().contains(gw.testnet.baseUrl())
    }
}
