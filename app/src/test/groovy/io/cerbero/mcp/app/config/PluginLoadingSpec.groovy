package io.cerbero.mcp.app.config

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import io.cerbero.mcp.core.config.ConfigSource
import io.cerbero.mcp.core.registry.PluginLoadException
import io.cerbero.mcp.core.registry.SpiVersion
import io.cerbero.mcp.core.spi.Spi
import io.cerbero.mcp.core.testing.TestPluginJars
import io.cerbero.mcp.testplugin.dropin.DropInPlugin
import org.slf4j.LoggerFactory
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** Startup: SPI versions of dropped-in jars, and secrets that one unsuffixed variable serves to both environments. */
class PluginLoadingSpec extends Specification {

    @TempDir Path plugins
    ListAppender<ILoggingEvent> appender = new ListAppender<>()
    Logger logger = (Logger) LoggerFactory.getLogger('mcp.plugins')

    def setup() {
        appender.start()
        logger.addAppender(appender)
    }

    def cleanup() {
        logger.detachAppender(appender)
    }

    List<String> warnings() {
        appender.list.findAll { it.level.toString() == 'WARN' }*.formattedMessage
    }

    GatewaySettings settings() {
        GatewaySettings.load(ConfigSource.of([TESTNET_TOKEN: 'testnet-token-0123456789',
                                              MAINNET_TOKEN: 'mainnet-token-9876543210',
                                              PLUGINS_DIR  : plugins.toString()]))
    }

    def 'a secret set only without suffix gets one warning per plugin and key, naming variables, never the value'() {
        when:
        PluginLoading.load(settings(), ConfigSource.of([ECHO_API_KEY: 'shared-echo-key-5501']))

        then:
        def lines = warnings().findAll { it.contains('ECHO_API_KEY') }
        lines == ['plugin echo: ECHO_API_KEY is set without ECHO_API_KEY_TESTNET / _LIVE, so the same secret is sent ' +
                          'to the testnet and the live host; set ECHO_API_KEY_TESTNET and ECHO_API_KEY_LIVE instead']
        appender.list.every { !it.formattedMessage.contains('shared-echo-key-5501') }
    }

    def 'per-environment secrets give no warning'() {
        when:
        PluginLoading.load(settings(), ConfigSource.of([ECHO_API_KEY_TESTNET: 'a', ECHO_API_KEY_LIVE: 'b']))

        then:
        warnings().every { !it.contains('ECHO_API_KEY') }
    }

    def 'a dropped-in jar that does not record its SPI version is loaded, with one warning'() {
        given:
        TestPluginJars.build(plugins.resolve('dropin.jar'), DropInPlugin)

        when:
        def registry = PluginLoading.load(settings(), ConfigSource.of([:]))

        then:
        registry.plugin('dropin').isPresent()
        warnings().findAll { it.contains('does not record its SPI version') } ==
                ["plugin dropin from ${plugins.resolve('dropin.jar')} does not record its SPI version (manifest Cerbero-Spi-Version): assumed ${Spi.VERSION}".toString()]
    }

    def 'a dropped-in jar built against a newer SPI stops the startup with one line'() {
        given:
        def jar = TestPluginJars.build(plugins.resolve('dropin.jar'), DropInPlugin)
        TestPluginJars.withManifest(jar, [(SpiVersion.MANIFEST_ATTRIBUTE): String.valueOf(Spi.VERSION + 1)])

        when:
        PluginLoading.load(settings(), ConfigSource.of([:]))

        then:
        def e = thrown(PluginLoadException)
        e.message.startsWith("plugin 'dropin' (${jar}) was built for SPI version ${Spi.VERSION + 1}")
        !e.message.contains('\n')
    }
}
