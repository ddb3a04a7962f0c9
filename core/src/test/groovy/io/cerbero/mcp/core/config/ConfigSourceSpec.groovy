package io.cerbero.mcp.core.config

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

class ConfigSourceSpec extends Specification {

    @TempDir
    Path dir

    Path dotEnv(String text) {
        Files.writeString(dir.resolve('.env'), text)
    }

    def 'the real environment wins over the .env file'() {
        given:
        def file = dotEnv('PORT=9001\nHOST="0.0.0.0"\nLOG_LEVEL=debug # noisy\n')

        when:
        def config = ConfigSource.load([PORT: '9100'], file)

        then:
        config.get('PORT').get() == '9100'
        config.get('HOST').get() == '0.0.0.0'
        config.get('LOG_LEVEL').get() == 'debug'
        !config.get('MISSING').isPresent()
    }

    def 'a missing .env file is fine'() {
        expect:
        ConfigSource.load([PORT: '9000'], dir.resolve('.env')).get('PORT').get() == '9000'
    }

    def 'blank values count as unset, in .env and in the map'() {
        given:
        def file = dotEnv('EMPTY=\nSPACES="   "\nSET=x\n')

        when:
        def config = ConfigSource.load([BLANK_ENV: '  ', NULLISH: ''], file)

        then:
        !config.get('EMPTY').isPresent()
        !config.get('SPACES').isPresent()
        !config.get('BLANK_ENV').isPresent()
        !config.get('NULLISH').isPresent()
        config.get('SET').get() == 'x'
    }

    def 'a blank environment variable does not hide the value from .env'() {
        given: 'docker compose passes TESTNET_TOKEN= when the host shell has none'
        def file = dotEnv('TESTNET_TOKEN=from-file\n')

        expect:
        ConfigSource.load([TESTNET_TOKEN: ''], file).get('TESTNET_TOKEN').get() == 'from-file'
    }

    def 'values are trimmed'() {
        expect:
        ConfigSource.of([A: '  padded \t']).get('A').get() == 'padded'
    }

    def 'toString names the variables but never shows a value'() {
        when:
        def text = ConfigSource.of([BYBIT_API_SECRET: 's3cr3t-value']).toString()

        then:
        text.contains('BYBIT_API_SECRET')
        !text.contains('s3cr3t-value')
    }
}
