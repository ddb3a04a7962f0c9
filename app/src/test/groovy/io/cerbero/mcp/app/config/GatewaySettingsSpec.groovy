package io.cerbero.mcp.app.config

import io.cerbero.mcp.core.config.ConfigSource
import spock.lang.Specification

class GatewaySettingsSpec extends Specification {

    static GatewaySettings load(Map<String, String> env) {
        GatewaySettings.load(ConfigSource.of(env), { 'generated-token-' + UUID.randomUUID() })
    }

    def 'with no settings at all it binds to loopback on 9000 and generates two distinct tokens'() {
        when:
        def s = load([:])

        then:
        s.host() == '127.0.0.1'
        s.port() == 9000
        s.tokensGenerated()
        s.testnetToken().reveal() != s.mainnetToken().reveal()
        !s.toString().contains(s.testnetToken().reveal())
    }

    def 'tokens are generated on any loopback address but required elsewhere'() {
        expect:
        load([HOST: host]).tokensGenerated()

        where:
        host << ['127.0.0.1', 'localhost', '::1', '127.0.0.2']
    }

    def 'a non-loopback bind address without tokens refuses to start'() {
        when:
        load([HOST: '0.0.0.0'])

        then:
        def e = thrown(SettingsException)
        e.problems() == ['TESTNET_TOKEN and MAINNET_TOKEN are required when HOST (0.0.0.0) is not a loopback address']
    }

    def 'each bad value gets its own line'() {
        when:
        load([PORT: 'abc', LOG_LEVEL: 'LOUD', READY_FAILS_ON_DEGRADED: 'maybe', TESTNET_TOKEN: 'same-token-same-token',
              MAINNET_TOKEN: 'same-token-same-token'])

        then:
        def e = thrown(SettingsException)
        e.problems().size() == 4
        e.problems().any { it.startsWith('PORT must be a number') }
        e.problems().any { it.startsWith('LOG_LEVEL must be one of') }
        e.problems().any { it.startsWith('READY_FAILS_ON_DEGRADED must be true or false') }
        e.problems().contains('TESTNET_TOKEN and MAINNET_TOKEN must differ')
        !e.message.contains('same-token-same-token')
    }

    def 'one token alone, or a short token, is refused'() {
        when:
        load(env)

        then:
        def e = thrown(SettingsException)
        e.problems()[0].contains(message)

        where:
        env                                                              | message
        [TESTNET_TOKEN: 'testnet-token-123456']                          | 'only TESTNET_TOKEN is set'
        [TESTNET_TOKEN: 'short', MAINNET_TOKEN: 'mainnet-token-123456']  | 'TESTNET_TOKEN must be at least 16 characters'
    }

    def 'explicit settings are read as given'() {
        when:
        def s = load([HOST: '0.0.0.0', PORT: '9100', LOG_LEVEL: 'debug', TESTNET_TOKEN: 'testnet-token-123456',
                      MAINNET_TOKEN: 'mainnet-token-123456', PLUGINS_DIR: '/app/plugins', READY_FAILS_ON_DEGRADED: 'true'])

        then:
        s.port() == 9100
        s.logLevel() == 'DEBUG'
        !s.tokensGenerated()
        s.pluginsDir().toString() == '/app/plugins'
        s.readyFailsOnDegraded()
    }
}
