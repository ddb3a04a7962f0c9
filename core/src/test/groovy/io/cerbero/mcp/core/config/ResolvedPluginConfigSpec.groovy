package io.cerbero.mcp.core.config

import io.cerbero.mcp.core.spi.ConfigKey
import io.cerbero.mcp.core.spi.Environment
import io.cerbero.mcp.core.spi.ErrorCode
import io.cerbero.mcp.core.spi.Secret
import io.cerbero.mcp.core.spi.ToolException
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

import static io.cerbero.mcp.core.spi.Environment.MAINNET
import static io.cerbero.mcp.core.spi.Environment.TESTNET

class ResolvedPluginConfigSpec extends Specification {

    static final List<ConfigKey> KEYS = [
            ConfigKey.withDefault('K', 'declared-default', 'a plain key'),
            ConfigKey.required('ACCOUNT', 'a required plain key'),
            ConfigKey.secret('API_SECRET', 'a secret'),
            ConfigKey.withDefault('MAX_LEVERAGE', '3', 'cap')]

    @TempDir
    Path dir

    static ResolvedPluginConfig resolve(Map<String, String> values, Environment environment) {
        ResolvedPluginConfig.resolve('P_', KEYS, environment, ConfigSource.of(values))
    }

    def 'for #environment, #variables resolves K to #expected'() {
        expect:
        resolve(variables, environment).get('K').get() == expected

        where:
        variables                                                | environment || expected
        [P_K_TESTNET: 'testnet', P_K_LIVE: 'live', P_K: 'plain'] | TESTNET     || 'testnet'
        [P_K_TESTNET: 'testnet', P_K_LIVE: 'live', P_K: 'plain'] | MAINNET     || 'live'
        [P_K_TESTNET: 'testnet', P_K: 'plain']                   | MAINNET     || 'plain'
        [P_K_LIVE: 'live', P_K: 'plain']                         | TESTNET     || 'plain'
        [P_K: 'plain']                                           | TESTNET     || 'plain'
        [:]                                                      | TESTNET     || 'declared-default'
        [:]                                                      | MAINNET     || 'declared-default'
        [P_K_TESTNET: '   ', P_K: 'plain']                       | TESTNET     || 'plain'
        [P_K: '']                                                | MAINNET     || 'declared-default'
        [K: 'unprefixed', P_K_MAINNET: 'wrong suffix']           | MAINNET     || 'declared-default'
    }

    def 'a key without value or default is empty, and require() names the variable to set'() {
        given:
        def config = resolve([:], TESTNET)

        expect:
        !config.get('ACCOUNT').isPresent()

        when:
        config.require('ACCOUNT')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('P_ACCOUNT')
        e.suggestedFix().get().contains('_TESTNET / _LIVE')
    }

    def 'the real environment wins over .env, and the per-environment variable wins over both'() {
        given:
        def dotEnv = Files.writeString(dir.resolve('.env'), '''
            P_K=from-file
            P_ACCOUNT_LIVE=live-from-file
            export P_API_SECRET="file-secret"
            '''.stripIndent())
        def source = ConfigSource.load([P_K: 'from-env', P_ACCOUNT: 'plain-from-env'], dotEnv)

        when:
        def testnet = ResolvedPluginConfig.resolve('P_', KEYS, TESTNET, source)
        def mainnet = ResolvedPluginConfig.resolve('P_', KEYS, MAINNET, source)

        then:
        testnet.get('K').get() == 'from-env'
        testnet.get('ACCOUNT').get() == 'plain-from-env'
        mainnet.get('ACCOUNT').get() == 'live-from-file'
        testnet.secret('API_SECRET').get().reveal() == 'file-secret'
    }

    def 'secrets are read with secret() as a masked Secret'() {
        when:
        Secret secret = resolve([P_API_SECRET_LIVE: 'live-s3cr3t'], MAINNET).secret('API_SECRET').get()

        then:
        secret.reveal() == 'live-s3cr3t'
        secret.toString() == '****'
        "$secret".toString() == '****'
    }

    def 'reading a secret with get() is refused'() {
        when:
        resolve([P_API_SECRET: 'sh'], TESTNET).get('API_SECRET')

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('P_API_SECRET is secret')
        !e.message.contains('sh"')
    }

    def 'reading an undeclared key is an IllegalArgumentException, even when the variable is set'() {
        given:
        def config = resolve([P_OTHER: 'x'], TESTNET)

        when:
        config.get('OTHER')

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('not declared')

        when:
        config.secret('OTHER')

        then:
        thrown(IllegalArgumentException)
    }

    def 'toString masks secrets, never showing the value, and shows plain values'() {
        when:
        def text = resolve([P_API_SECRET_TESTNET: 'super-s3cr3t-value', P_ACCOUNT: 'acc-1'], TESTNET).toString()

        then:
        !text.contains('super-s3cr3t-value')
        text.contains('P_API_SECRET=****')
        text.contains('P_ACCOUNT=acc-1')
        text.contains('P_K=declared-default')
    }

    def 'toString says <unset> for an unset secret'() {
        expect:
        resolve([:], TESTNET).toString().contains('P_API_SECRET=<unset>')
    }

    def 'a decimal value is parsed exactly; a malformed one is NOT_CONFIGURED naming the variable'() {
        expect:
        resolve([P_MAX_LEVERAGE: ' 2.50 '], TESTNET).decimal('MAX_LEVERAGE').get() == new BigDecimal('2.50')

        when:
        resolve([P_MAX_LEVERAGE_TESTNET: 'ten'], TESTNET).decimal('MAX_LEVERAGE')

        then:
        def e = thrown(ToolException)
        e.code() == ErrorCode.NOT_CONFIGURED
        e.message.contains('P_MAX_LEVERAGE')
    }

    def 'variableName is the prefix plus the key'() {
        expect:
        resolve([:], TESTNET).variableName('API_SECRET') == 'P_API_SECRET'
    }
}
